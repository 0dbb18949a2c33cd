title "VMA differential case 6186"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe3000 8K rwx
expect errno ENOMEM
main mmap 32K rwx private anon
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mmap 8K r-- private anon
main write 0x7ffff7ff6000
main mmap 24K --- private anon
main mmap 16K r-- private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff0000
main munmap 0x7ffff7fec000 32K
main mprotect 0x7ffff7fe7000 4K r--
