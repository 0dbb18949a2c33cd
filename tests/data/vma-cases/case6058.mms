title "VMA differential case 6058"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon
main mmap 24K r-x private anon at=0x7ffff7ff1000 fixed
main mmap 24K r-x private anon
main mprotect 0x7ffff7ff2000 12K r-x
main mprotect 0x7ffff7fed000 16K rw-
main write 0x7ffff7ff0000
main mprotect 0x7ffff7ff1000 24K r-x
main mmap 12K --- private anon
main munmap 0x7ffff7fef000 12K
