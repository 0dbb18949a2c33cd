title "VMA differential case 6149"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe8000 12K ---
expect errno ENOMEM
main mmap 28K r-x private anon
main mmap 16K r-- private anon
main mprotect 0x7ffff7ff0000 28K rw-
main mprotect 0x7ffff7fec000 16K r--
main mmap 8K --- private anon
main mmap 20K r-x private anon at=0x7ffff7fe5000 fixed
main mprotect 0x7ffff7ff2000 16K rw-
main mprotect 0x7ffff7ff1000 4K r--
main mprotect 0x7ffff7fef000 16K ---
main mmap 4K r-x private anon
