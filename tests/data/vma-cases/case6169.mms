title "VMA differential case 6169"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff5000 8K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff2000 12K r--
main mprotect 0x7ffff7ff2000 12K rw-
main mprotect 0x7ffff7ff2000 12K rw-
main write 0x7ffff7ff4000
main mmap 4K r-x private anon
main write 0x7ffff7ff3000
