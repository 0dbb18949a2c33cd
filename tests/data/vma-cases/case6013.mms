title "VMA differential case 6013"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe7000 4K ---
expect errno ENOMEM
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff6000 4K r-x
main mmap 8K rwx private anon
main mmap 16K rw- private anon
main munmap 0x7ffff7ff1000 24K
main munmap 0x7ffff7fee000 32K
main mmap 24K rwx private anon at=0x7ffff7fe2000 fixed
main mprotect 0x7ffff7fe3000 20K rwx
main mmap 16K rwx private anon at=0x7ffff7fde000 fixed
main mmap 12K rw- private anon at=0x7ffff7fe8000 fixed
main mmap 20K rw- private anon
main write 0x7ffff7fdf000
main mmap 20K r-- private anon
main mprotect 0x7ffff7fdc000 32K r-x
expect errno ENOMEM
main mmap 4K r-x private anon
main mmap 28K r-x private anon
main mmap 4K r-- private anon at=0x7ffff7fdd000 fixed
