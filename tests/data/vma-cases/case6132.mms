title "VMA differential case 6132"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K -w- private anon at=0x7ffff7fe5000 fixed
main munmap 0x7ffff7fe6000 8K
main mprotect 0x7ffff7fe7000 20K rw-
expect errno ENOMEM
main mmap 12K rw- private anon
main mprotect 0x7ffff7fe8000 24K ---
expect errno ENOMEM
main mmap 16K r-x private anon at=0x7ffff7fe7000 fixed
main mprotect 0x7ffff7fea000 20K r--
expect errno ENOMEM
main munmap 0x7ffff7fe7000 28K
main mmap 16K rwx private anon
main mmap 32K r-x private anon at=0x7ffff7fe8000 fixed
main mprotect 0x7ffff7ff2400 20K rw-
expect errno EINVAL
main mmap 28K r-- private anon
main mprotect 0x7ffff7fe3000 12K r-x
main mmap 8K r-- private anon at=0x7ffff7fe5000 fixed
main write 0x7ffff7ff5000
main mmap 28K rw- private anon
main munmap 0x7ffff7fe0000 32K
main mmap 8K rwx private anon at=0x7ffff7ff4000 fixed
main mmap 24K rw- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7fd7000 32K rwx
main mmap 20K -w- private anon at=0x7ffff7fdf000 fixed
