title "VMA differential case 6278"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 4K r-- private anon
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff3000 8K ---
main mmap 12K rw- private anon
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff4000
main write 0x7ffff7ff1000
