title "VMA differential case 6081"
machine arch=x86_64 ram=16M
spawn main
main mmap 8K rw- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff4000 12K r--
expect errno ENOMEM
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff3000 8K r--
main mprotect 0x7ffff7ff3000 8K ---
main mprotect 0x7ffff7ff3000 8K r--
main mprotect 0x7ffff7ff4000 4K rw-
main mmap 8K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 8K r-x
