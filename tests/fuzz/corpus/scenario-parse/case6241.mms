title "VMA differential case 6241"
machine arch=x86_64 ram=256M
spawn main
main mmap 28K --- private anon
main mmap 24K rwx private anon at=0x7ffff7ff1000 fixed
main mmap 16K r-x private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7fed000 8K rw-
expect errno ENOMEM
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff6000 4K ---
main munmap 0x7ffff7fef000 32K
main munmap 0x7ffff7fed000 8K
main munmap 0x7ffff7fe2000 4K
main mmap 28K --- private anon at=0x7ffff7feb000 fixed
main mmap 20K r-x private anon at=0x7ffff7fe6000 fixed
main mmap 24K r-x private anon
main mmap 8K r-- private anon at=0x7ffff7ff2000 fixed
main munmap 0x7ffff7ff0000 28K
main mmap 24K r-- private anon at=0x7ffff7feb000 fixed
main mmap 16K r-x private anon
main mmap 16K r-- private anon at=0x7ffff7ff3000 fixed
