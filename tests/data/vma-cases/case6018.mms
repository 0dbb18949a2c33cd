title "VMA differential case 6018"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main mmap 4K rwx private anon
main mmap 8K --- private anon at=0x7ffff7ff1000 fixed
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff3000
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff3000 16K rwx
main mmap 8K --- private anon at=0x7ffff7ff1000 fixed
main mmap 8K rw- private anon
main mmap 8K r-- private anon at=0x7ffff7ff1000 fixed
main mmap 4K r-- private anon
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff0000 12K r--
main mmap 8K rwx private anon at=0x7ffff7ff5000 fixed
