title "VMA differential case 6265"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rwx private anon at=0x7ffff7fe7000 fixed
main mmap 16K r-x private anon
main munmap 0x7ffff7fe8000 20K
main mmap 12K rw- private anon
main munmap 0x7ffff7fef000 32K
main mmap 4K r-- private anon
main mprotect 0x7ffff7fef000 32K rwx
expect errno ENOMEM
main mmap 20K r-x private anon
main mmap 16K rwx private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff3000 8K r-x
main mmap 32K --- private anon
main mprotect 0x7ffff7fe9000 32K r-x
main mmap 32K r-- private anon
main mmap 8K rw- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff4000 4K r--
main mmap 28K r-x private anon
