title "VMA differential case 6010"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fdf000 8K rwx
expect errno ENOMEM
main mmap 8K r-- private anon
main mmap 24K rw- private anon
main write 0x7ffff7ff2000
main munmap 0x7ffff7ff4000 12K
main mprotect 0x7ffff7ff2000 20K r--
expect errno ENOMEM
main munmap 0x7ffff7ff0000 28K
main write 0x7ffff7fef000
main mprotect 0x7ffff7fee000 20K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fef000 4K rwx
main mmap 12K rw- private anon
main mmap 28K --- private anon at=0x7ffff7fed000 fixed
main mmap 28K r-- private anon
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff4000 12K r-x
main mprotect 0x7ffff7fe6000 28K rwx
