title "VMA differential case 6192"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff2000 20K r-x
expect errno ENOMEM
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff6000 4K ---
main mmap 8K r-- private anon at=0x7ffff7ff3000 fixed
main mmap 24K r-- private anon at=0x7ffff7ff0000 fixed
main munmap 0x7ffff7ff3000 16K
main mprotect 0x7ffff7fee000 32K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fed000 24K ---
expect errno ENOMEM
main mmap 12K r-x private anon
main mmap 24K r-- private anon at=0x7ffff7fee000 fixed
main mmap 28K r-x private anon at=0x7ffff7ff0000 fixed
main mmap 8K r-x private anon at=0x7ffff7fec000 fixed
main mmap 4K --- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff0000 16K rw-
main munmap 0x7ffff7fee000 28K
main mmap 20K --- private anon
