title "VMA differential case 6153"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K --- private anon
main mmap 28K rwx private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff2000 20K -w-
main write 0x7ffff7ff3000
main mmap 32K --- private anon
main mmap 24K rwx private anon
main mmap 24K r-- private anon
main mprotect 0x7ffff7fec000 20K rw-
main mmap 16K r-- private anon
main mprotect 0x7ffff7ff2000 20K ---
main write 0x7ffff7fee000
main mmap 16K rw- private anon
main mmap 4K r-- private anon
main mmap 4K rw- private anon
main munmap 0x7ffff7fe7000 20K
main mmap 8K rwx private anon
main mmap 24K r-- private anon
