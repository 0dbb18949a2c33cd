title "VMA differential case 6134"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff1000 12K r--
main mprotect 0x7ffff7ff1000 24K rw-
main mprotect 0x7ffff7ff1000 12K r-x
main mprotect 0x7ffff7ff4000 12K rw-
main mprotect 0x7ffff7ff5000 4K rw-
main mmap 4K rwx private anon at=0x7ffff7ff4000 fixed
main mmap 8K r-- private anon
main write 0x7ffff7ff4000
