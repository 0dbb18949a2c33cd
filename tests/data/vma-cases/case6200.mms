title "VMA differential case 6200"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K r-- private anon at=0x7ffff7feb000 fixed
main mmap 4K r-- private anon
main mmap 4K r-x private anon
main mprotect 0x7ffff7feb000 12K ---
main munmap 0x7ffff7fec000 4K
main mmap 4K --- private anon
main mmap 12K --- private anon
main mmap 4K rwx private anon
main mprotect 0x7ffff7feb000 4K rwx
main write 0x7ffff7ff0000
main mmap 4K rwx private anon
main mmap 20K r-x private anon at=0x7ffff7fdf000 fixed
main mprotect 0x7ffff7ff1000 24K rwx
main mmap 20K rw- private anon
main mprotect 0x7ffff7fe1000 12K r--
main write 0x7ffff7ff2000
main mmap 32K rwx private anon
main write 0x7ffff7fe9000
main write 0x7ffff7fe8000
main mmap 28K r-x private anon at=0x7ffff7feb000 fixed
main mmap 8K rwx private anon at=0x7ffff7ff3000 fixed
main mmap 12K rw- private anon
main mprotect 0x7ffff7fda000 36K r-x
main write 0x7ffff7fd6000
