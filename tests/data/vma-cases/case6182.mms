title "VMA differential case 6182"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon at=0x7ffff7fe7000 fixed
main mprotect 0x7ffff7fe7000 8K r--
main mmap 12K rwx private anon
main mprotect 0x7ffff7ff4000 12K rw-
main write 0x7ffff7ff5000
main mmap 12K r-- private anon
main munmap 0x7ffff7ff5000 8K
main mmap 8K r-- private anon
main mmap 4K r-- private anon
main munmap 0x7ffff7ff4000 12K
main mmap 20K --- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7fe9400 12K rw-
expect errno EINVAL
main mmap 12K r-x private anon
main mmap 32K --- private anon
main munmap 0x7ffff7ff0000 24K
