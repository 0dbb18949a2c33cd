title "VMA differential case 6262"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe3000 8K rw-
expect errno ENOMEM
main mmap 4K r-x private anon at=0x7ffff7ff4000 fixed
main mmap 12K rw- private anon
main mmap 8K rwx private anon
main mmap 20K r-- private anon
main mprotect 0x7ffff7ff2000 8K rwx
main write 0x7ffff7ff1000
main mmap 16K --- private anon
main write 0x7ffff7ff3000
main munmap 0x7ffff7ff2000 20K
main mmap 24K rw- private anon at=0x7ffff7ff1000 fixed
