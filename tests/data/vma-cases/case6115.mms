title "VMA differential case 6115"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K --- private anon at=0x7ffff7feb000 fixed
main munmap 0x7ffff7feb000 32K
main munmap 0x7ffff7feb000 24K
main mmap 16K r-- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff1000 16K rwx
main mprotect 0x7ffff7ff2000 12K ---
main mmap 20K r-x private anon
main mprotect 0x7ffff7ff0000 28K r-x
expect errno ENOMEM
main mmap 16K r-- private anon
main mmap 32K rw- private anon
main mmap 8K r-- private anon at=0x7ffff7fe8000 fixed
main mprotect 0x7ffff7fe3000 36K r--
main mmap 24K r-x private anon
main munmap 0x7ffff7fec000 28K
main mmap 4K rw- private anon
main mmap 24K --- private anon
main mmap 8K rwx private anon at=0x7ffff7fef000 fixed
main mmap 8K rw- private anon
main mprotect 0x7ffff7fee000 16K r-x
main write 0x7ffff7fe0000
main mprotect 0x7ffff7fed000 21K rw-
main write 0x7ffff7ff2000
