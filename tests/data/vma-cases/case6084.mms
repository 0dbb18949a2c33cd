title "VMA differential case 6084"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-- private anon at=0x7ffff7fea000 fixed
main mmap 8K rw- private anon at=0x7ffff7fe8000 fixed
main mprotect 0x7ffff7fec000 12K r--
expect errno ENOMEM
main mprotect 0x7ffff7fe9000 8K ---
main mmap 4K r-- private anon at=0x7ffff7fe9000 fixed
main write 0x7ffff7fe8000
main mmap 8K r-- private anon at=0x7ffff7feb000 fixed
main mmap 8K r-- private anon
main mmap 12K r-x private anon
main mmap 12K r-x private anon at=0x7ffff7fe8000 fixed
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff6000
main mprotect 0x7ffff7fe9000 16K rw-
main write 0x7ffff7fea000
