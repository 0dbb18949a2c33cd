title "VMA differential case 6079"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-- private anon
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff4000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff5000 4K rw-
main write 0x7ffff7ff5000
main mmap 12K rw- private anon
main write 0x7ffff7ff5000
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff3000
