title "VMA differential case 6195"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K r-- private anon
main mprotect 0x7ffff7ff3000 16K r-x
main mmap 24K --- private anon
main mmap 32K --- private anon at=0x7ffff7fe5000 fixed
main mmap 8K rwx private anon
main write 0x7ffff7fe3000
main mmap 16K rwx private anon
main mprotect 0x7ffff7fe7000 28K r--
main write 0x7ffff7fe4000
main write 0x7ffff7fdf000
main munmap 0x7ffff7fe2000 12K
main write 0x7ffff7fe0000
main mprotect 0x7ffff7ff1000 8K rw-
main mmap 20K r-- private anon at=0x7ffff7fe7000 fixed
main mmap 12K r-x private anon
