title "VMA differential case 6291"
machine arch=x86_64 ram=256M
spawn main
main mmap 32K --- private anon
main munmap 0x7ffff7ff4000 8K
main mprotect 0x7ffff7fef000 32K rwx
expect errno ENOMEM
main munmap 0x7ffff7fef000 32K
main munmap 0x7ffff7fe4000 24K
main mmap 32K --- private anon
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mmap 32K --- private anon at=0x7ffff7fe7000 fixed
main munmap 0x7ffff7fe6000 12K
main mmap 28K r-- private anon
main mmap 16K r-- private anon
main mmap 16K rwx private anon
main mmap 8K r-- private anon
main write 0x7ffff7fdc000
main mprotect 0x7ffff7fda000 60K ---
main munmap 0x7ffff7fdd000 18K
