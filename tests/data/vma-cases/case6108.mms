title "VMA differential case 6108"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe8000 32K rw-
expect errno ENOMEM
main mmap 8K --- private anon
main mmap 20K rwx private anon
main mmap 4K --- private anon
main mprotect 0x7ffff7ff1000 24K ---
main mmap 4K r-x private anon
main mmap 8K rwx private anon
main munmap 0x7ffff7ff0000 4K
main mmap 24K r-- private anon
main mmap 4K rwx private anon at=0x7ffff7fed000 fixed
main mmap 28K --- private anon
main mmap 16K rwx private anon at=0x7ffff7fe6000 fixed
main munmap 0x7ffff7fde000 16K
main mmap 16K --- private anon
