title "VMA differential case 6110"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon
main munmap 0x7ffff7ff4800 12K
expect errno EINVAL
main munmap 0x7ffff7ff1000 24K
main munmap 0x7ffff7fdd000 20K
main mprotect 0x7ffff7fe6000 20K r--
expect errno ENOMEM
main mprotect 0x7ffff7fe5000 12K r--
expect errno ENOMEM
main mprotect 0x7ffff7fdf000 16K r-x
expect errno ENOMEM
main mmap 4K r-- private anon
main mmap 8K rwx private anon
main mprotect 0x7ffff7ff4000 8K ---
main mmap 32K r-- private anon
main mmap 28K rwx private anon
main mmap 32K r-- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7feb000
main mmap 20K --- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7ff2000 20K r-x
main write 0x7ffff7fe9000
main mprotect 0x7ffff7fea000 8K rw-
main mprotect 0x7ffff7fea000 52K ---
