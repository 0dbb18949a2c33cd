title "VMA differential case 6216"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rwx private anon at=0x7ffff7ff4000 fixed
main munmap 0x7ffff7ff0000 28K
main mmap 20K r-x private anon at=0x7ffff7ff0000 fixed
main mmap 12K r-- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff2000 12K r-x
main mmap 4K r-x private anon
main mmap 24K --- private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7fef000 32K
main mmap 20K rwx private anon
main munmap 0x7ffff7fef000 32K
main munmap 0x7ffff7fef000 20K
main mmap 4K --- private anon
