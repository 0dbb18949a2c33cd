title "VMA differential case 6017"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe8000 16K rw-
expect errno ENOMEM
main mmap 12K --- private anon at=0x7ffff7fdc000 fixed
main mmap 20K rw- private anon
main munmap 0x7ffff7fda000 16K
main write 0x7ffff7ff4000
main mmap 32K r-- private anon
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mmap 12K rwx private anon
main mmap 16K r-x private anon at=0x7ffff7fda000 fixed
main mprotect 0x7ffff7ff3000 16K r--
main mmap 4K rw- private anon
main mprotect 0x7ffff7feb000 20K ---
main mmap 12K rwx private anon
