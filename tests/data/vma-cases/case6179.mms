title "VMA differential case 6179"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff3000 8K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff5000 4K rw-
main mprotect 0x7ffff7ff5000 8K rw-
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
