title "VMA differential case 6065"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff2000 4K r--
expect errno ENOMEM
main mmap 4K r-x private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7feb000 4K rwx
main write 0x7ffff7feb000
main mprotect 0x7ffff7feb000 4K r--
main mmap 8K --- private anon
main mprotect 0x7ffff7ff5000 4K rw-
main mmap 12K r-- private anon at=0x7ffff7ff3000 fixed
