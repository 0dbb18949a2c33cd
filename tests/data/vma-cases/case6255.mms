title "VMA differential case 6255"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe3000 12K r-x
expect errno ENOMEM
main mmap 16K r-x private anon
main mprotect 0x7ffff7ff3000 16K ---
main mprotect 0x7ffff7ff4000 8K rwx
main write 0x7ffff7ff5000
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff5000 4K rw-
main mprotect 0x7ffff7ff5000 8K ---
main mprotect 0x7ffff7ff4000 4K rw-
main mmap 28K rwx private anon at=0x7ffff7ff0000 fixed
