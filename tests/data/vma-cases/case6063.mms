title "VMA differential case 6063"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 12K ---
main mmap 12K r-- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff1000 24K ---
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff3000 4K rwx
main mprotect 0x7ffff7ff5000 8K r-x
main write 0x7ffff7ff3000
