title "VMA differential case 6266"
machine arch=x86_64 ram=256M
spawn main
main mmap 24K r-- private anon at=0x7ffff7ff1000 fixed
main mmap 12K -w- private anon
main mprotect 0x7ffff7fee000 36K rw-
main munmap 0x7ffff7fee000 32K
main mmap 16K r-- private anon at=0x7ffff7ff2000 fixed
main mmap 20K r-x private anon
main munmap 0x7ffff7ff2000 20K
main mmap 8K rw- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7fec000 8K r-x
main mprotect 0x7ffff7ff1000 4K ---
main mmap 4K --- private anon
main mmap 8K rw- private anon
main mmap 24K rwx private anon
