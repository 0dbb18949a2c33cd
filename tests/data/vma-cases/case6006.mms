title "VMA differential case 6006"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fef000 12K rw-
expect errno ENOMEM
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff5000 4K rw-
main mprotect 0x7ffff7ff4000 12K rw-
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff4000 12K ---
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff4000 12K ---
