title "VMA differential case 6008"
machine arch=x86_64 ram=256M
spawn main
main mmap 32K r-- private anon
main mmap 24K rwx private anon
main mprotect 0x7ffff7ff5000 8K rwx
main mmap 20K rw- private anon
main write 0x7ffff7fea000
main mmap 28K --- private anon
main munmap 0x7ffff7ff2000 20K
main mprotect 0x7ffff7fe1000 4K ---
main mmap 16K r-x private anon at=0x7ffff7fe5000 fixed
main munmap 0x7ffff7fe0000 12K
main mmap 20K --- private anon
main mprotect 0x7ffff7fe9000 24K ---
main mmap 28K --- private anon at=0x7ffff7fe1000 fixed
main mmap 4K r-x private anon at=0x7ffff7fe8000 fixed
main mprotect 0x7ffff7fe8000 24K r-x
main mprotect 0x7ffff7fe0000 24K rw-
expect errno ENOMEM
