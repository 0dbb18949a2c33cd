title "VMA differential case 6057"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K --- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
main mmap 4K r-- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff6000 4K r--
main mmap 8K r-x private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff5000 4K r-x
main mprotect 0x7ffff7ff4000 4K r-x
main mprotect 0x7ffff7ff6000 4K rw-
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 12K r-- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff6000
main mmap 8K r-- private anon at=0x7ffff7ff2000 fixed
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 12K rw-
