title "VMA differential case 6077"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K r-x private anon at=0x7ffff7ff2000 fixed
main mmap 12K r-- private anon
main mmap 32K rwx private anon
main mprotect 0x7ffff7fec000 36K ---
main write 0x7ffff7fea000
main mprotect 0x7ffff7ff4000 12K ---
main munmap 0x7ffff7fe9000 24K
main mprotect 0x7ffff7ff2000 20K r-x
