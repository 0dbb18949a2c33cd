title "VMA differential case 6145"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon
main mmap 4K --- private anon
main mprotect 0x7ffff7ff5000 8K ---
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7fe0000 20K rwx
expect errno ENOMEM
main mmap 4K --- private anon
main mprotect 0x7ffff7ff6000 4K r--
main munmap 0x7ffff7ff1000 24K
main mmap 32K rw- private anon at=0x7ffff7fe3000 fixed
main munmap 0x7ffff7fe3000 32K
main mmap 12K rw- private anon
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff1000 24K ---
expect errno ENOMEM
main mmap 12K --- private anon
main munmap 0x7ffff7ff0000 28K
main mmap 16K r-x private anon
main mmap 12K rw- private anon
main mmap 24K r-- private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff0000
main mmap 8K r-x private anon
main mmap 24K rwx private anon
main mprotect 0x7ffff7fef000 32K rw-
main mmap 12K r-x private anon at=0x7ffff7feb000 fixed
main write 0x7ffff7ff3000
main mmap 28K r-x private anon at=0x7ffff7feb000 fixed
