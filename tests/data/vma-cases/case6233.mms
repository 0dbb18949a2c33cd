title "VMA differential case 6233"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff6000 4K rw-
expect errno ENOMEM
main mmap 4K r-- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 4K rwx private anon
main mprotect 0x7ffff7ff4000 12K r-x
expect errno ENOMEM
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff6000 4K rw-
main munmap 0x7ffff7fed000 4K
main mprotect 0x7ffff7ff5000 8K rwx
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
