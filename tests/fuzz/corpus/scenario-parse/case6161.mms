title "VMA differential case 6161"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fef000 12K rw-
expect errno ENOMEM
main mmap 8K r-- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 8K r-x
main mmap 12K r-- private anon at=0x7ffff7ff1000 fixed
main mmap 12K r-x private anon
main mprotect 0x7ffff7ff2000 12K r-x
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff3000 8K rwx
main mmap 12K r-- private anon
