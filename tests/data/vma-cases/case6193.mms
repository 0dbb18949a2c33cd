title "VMA differential case 6193"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K -w- private anon at=0x7ffff7fde000 fixed
main mmap 4K r-x private anon
main mmap 20K --- private anon
main write 0x7ffff7fe0000
main munmap 0x7ffff7ff6000 4K
main mmap 16K rwx private anon
main mprotect 0x7ffff7ff1000 8K r-x
main mprotect 0x7ffff7fdf000 32K ---
expect errno ENOMEM
main mprotect 0x7ffff7fdf000 8K -w-
main mmap 32K r-- private anon at=0x7ffff7fd6000 fixed
main mmap 32K rwx private anon
main mprotect 0x7ffff7fde000 96K r-x
expect errno ENOMEM
main mprotect 0x7ffff7ff3000 12K ---
main mmap 4K --- private anon
main mmap 8K rwx private anon
main mmap 24K r-- private anon
main mmap 8K rw- private anon at=0x7ffff7fef000 fixed
main mmap 24K --- private anon
main mmap 16K rw- private anon at=0x7ffff7ff3000 fixed
main mmap 12K r-x private anon
main write 0x7ffff7ff0000
main mmap 28K --- private anon at=0x7ffff7fd0000 fixed
main mprotect 0x7ffff7ff1000 24K ---
main mmap 20K rw- private anon at=0x7ffff7fde000 fixed
