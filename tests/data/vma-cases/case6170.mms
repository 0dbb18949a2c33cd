title "VMA differential case 6170"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon
main mmap 32K rwx private anon
main mprotect 0x7ffff7ff0000 8K ---
main munmap 0x7ffff7fe9000 8K
main mmap 16K r-- private anon at=0x7ffff7ff3000 fixed
main mmap 16K rw- private anon
main mprotect 0x7ffff7ff0000 28K rw-
main mmap 8K r-- private anon
main mmap 20K r-- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7fef000
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fe9000 32K r--
main mmap 28K rw- private anon
main mmap 24K r-x private anon
