title "VMA differential case 6285"
machine arch=x86_64 ram=256M
spawn main
main mmap 24K r-- private anon
main munmap 0x7ffff7ff1000 24K
main munmap 0x7ffff7ff3000 16K
main mmap 12K r-- private anon
main mmap 24K r-- private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7ff2000 4K
main munmap 0x7ffff7fef000 20K
main mmap 24K --- private anon
main munmap 0x7ffff7fe0000 32K
main mprotect 0x7ffff7ff1000 20K rw-
