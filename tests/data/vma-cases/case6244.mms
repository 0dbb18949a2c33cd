title "VMA differential case 6244"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-x private anon at=0x7ffff7fed000 fixed
main mmap 4K r-- private anon at=0x7ffff7fed000 fixed
main mmap 4K rwx private anon at=0x7ffff7fee000 fixed
main mmap 8K r-- private anon at=0x7ffff7fee000 fixed
main munmap 0x7ffff7fee000 4K
main mmap 12K r-- private anon
main mmap 8K rwx private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff4000 12K r-x
main mprotect 0x7ffff7fed000 12K ---
expect errno ENOMEM
