title "VMA differential case 6022"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe6000 12K ---
expect errno ENOMEM
main munmap 0x7ffff7ff3000 16K
main munmap 0x7ffff7ff4000 8K
main mmap 28K r-x private anon
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff0000 12K rwx
main mmap 24K r-x private anon at=0x7ffff7ff1000 fixed
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff1000 24K ---
main mprotect 0x7ffff7ff0000 20K r--
