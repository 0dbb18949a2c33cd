title "VMA differential case 6007"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe8000 24K r-x
expect errno ENOMEM
main mmap 12K rwx private anon
main mmap 20K r-- private anon
main mprotect 0x7ffff7fef000 32K ---
main mmap 8K rwx private anon
main mmap 4K r-- private anon
main mmap 8K rwx private anon
main mprotect 0x7ffff7fec000 12K rw-
main mprotect 0x7ffff7feb000 36K r--
main mprotect 0x7ffff7fea000 40K r-x
main mprotect 0x7ffff7feb000 36K rw-
main munmap 0x7ffff7feb000 28K
main mmap 8K r-x private anon at=0x7ffff7ff4000 fixed
main munmap 0x7ffff7ff1000 24K
main mmap 4K r-- private anon at=0x7ffff7fe9000 fixed
main mprotect 0x7ffff7fea000 4K r--
