title "VMA differential case 6277"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe8000 8K r--
expect errno ENOMEM
main mmap 16K --- private anon
main mmap 32K r-x private anon
main mmap 28K rw- private anon
main write 0x7ffff7fe8000
main mprotect 0x7ffff7fdf000 8K rw-
expect errno ENOMEM
main mmap 4K r-- private anon
main write 0x7ffff7fe8000
main write 0x7ffff7fe4000
main munmap 0x7ffff7fe6000 32K
main mmap 32K r-- private anon
main munmap 0x7ffff7feb000 28K
main mmap 24K r-- private anon
main mprotect 0x7ffff7fee000 32K r--
main mmap 28K --- private anon at=0x7ffff7fdc000 fixed
main mprotect 0x7ffff7fec000 12K r-x
