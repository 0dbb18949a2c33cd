title "VMA differential case 6219"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fee000 16K
main mprotect 0x7ffff7fef000 32K rwx
expect errno ENOMEM
main mprotect 0x7ffff7feb000 4K rw-
expect errno ENOMEM
main mmap 24K r-x private anon
main mmap 32K r-- private anon at=0x7ffff7fef000 fixed
main mmap 24K r-x private anon
main mmap 28K r-- private anon
main mprotect 0x7ffff7fef000 28K r-x
main mmap 4K r-x private anon at=0x7ffff7fe2000 fixed
main mprotect 0x7ffff7fe3000 24K r-x
main mmap 4K -w- private anon
main mmap 28K rw- private anon
main munmap 0x7ffff7feb000 28K
main mmap 24K r-x private anon
main mmap 28K r-- private anon
main mmap 4K r-x private anon
main write 0x7ffff7fdc000
main mprotect 0x7ffff7fd8000 24K r--
main mmap 8K --- private anon
main mmap 4K r-- private anon
main mmap 32K r-x private anon
main mprotect 0x7ffff7fc9000 8K r-x
main mmap 20K r-- private anon at=0x7ffff7fdf000 fixed
