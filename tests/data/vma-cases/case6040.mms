title "VMA differential case 6040"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K rw- private anon
main munmap 0x7ffff7ff5800 4K
expect errno EINVAL
main mmap 4K r-x private anon
main write 0x7ffff7ff6000
main mmap 24K rwx private anon
main mprotect 0x7ffff7fee000 24K ---
main mmap 16K rw- private anon
main mmap 12K r-- private anon
main mprotect 0x7ffff7fe7000 12K ---
main mprotect 0x7ffff7fec000 32K ---
main mprotect 0x7ffff7fec000 44K ---
main mmap 32K r-x private anon
main mmap 24K --- private anon at=0x7ffff7fdc000 fixed
main mmap 8K r-x private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7feb000
main mmap 28K r-x private anon
