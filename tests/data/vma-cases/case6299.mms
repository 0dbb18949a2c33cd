title "VMA differential case 6299"
machine arch=x86_64 ram=256M
spawn main
main mmap 32K r-x private anon
main mmap 4K --- private anon
main mprotect 0x7ffff7fef000 28K rwx
main write 0x7ffff7ff1000
main munmap 0x7ffff7ff5000 8K
main mmap 24K r-- private anon at=0x7ffff7fe8000 fixed
main mprotect 0x7ffff7fe8000 52K r-x
main mprotect 0x7ffff7fe9000 12K rw-
main mmap 8K --- private anon at=0x7ffff7fe6000 fixed
main mmap 12K r-x private anon
main mprotect 0x7ffff7fea000 8K r-x
main write 0x7ffff7fe9000
main write 0x7ffff7fe9000
