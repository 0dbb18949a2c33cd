title "VMA differential case 6238"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fea000 4K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fe9000 12K r--
expect errno ENOMEM
main mmap 4K r-- private anon
main mprotect 0x7ffff7ff6000 4K ---
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff6000 4K r-x
main mprotect 0x7ffff7ff6000 4K r--
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 8K --- private anon
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff1000 12K rw-
expect errno ENOMEM
main mmap 4K r-- private anon
