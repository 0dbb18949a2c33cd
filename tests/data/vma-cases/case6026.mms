title "VMA differential case 6026"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe9000 12K rw-
expect errno ENOMEM
main mmap 16K r-- private anon at=0x7ffff7fe2000 fixed
main munmap 0x7ffff7fe2000 8K
main mmap 32K r-- private anon
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7fe4000 4K r--
main mmap 20K r-- private anon
main mmap 32K r-- private anon
main mmap 8K --- private anon at=0x7ffff7fe1000 fixed
main mprotect 0x7ffff7fe2000 4K rw-
main write 0x7ffff7fe2000
main write 0x7ffff7fe2000
main mmap 24K r-- private anon
main write 0x7ffff7fe2000
main write 0x7ffff7fe2000
main mmap 12K r-- private anon at=0x7ffff7fde000 fixed
main mmap 4K r-x private anon
main munmap 0x7ffff7ff4000 12K
main munmap 0x7ffff7fe8000 24K
main write 0x7ffff7fe2000
main mprotect 0x7ffff7fe5000 4K ---
main mmap 16K rwx private anon
main mmap 24K r-- private anon
main munmap 0x7ffff7fe3000 28K
