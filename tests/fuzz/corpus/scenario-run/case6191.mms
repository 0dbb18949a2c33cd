title "VMA differential case 6191"
machine arch=x86_64 ram=16M
spawn main
main mprotect 0x7ffff7fe9000 4K r-x
expect errno ENOMEM
main mmap 0K r-- private anon
expect errno EINVAL
main mmap 8K rw- private anon
main mmap 16K rwx private anon
main mmap 16K r-- private anon
main munmap 0x7ffff7ff4000 12K
main write 0x7ffff7ff2000
main mmap 8K rw- private anon
main munmap 0x7ffff7fe9000 20K
main mmap 32K rwx private anon
main munmap 0x7ffff7ff0000 28K
main munmap 0x7ffff7fed000 16K
main mmap 28K r-- private anon
main mmap 16K r-- private anon
main mmap 8K rwx private anon at=0x7ffff7ff2000 fixed
main mmap 32K r-- private anon
main mmap 28K r-- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fe6000 12K ---
main write 0x7ffff7fe9000
main munmap 0x7ffff7fed000 12K
main mprotect 0x7ffff7fe6000 12K ---
