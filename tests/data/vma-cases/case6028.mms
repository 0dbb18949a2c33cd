title "VMA differential case 6028"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe8000 4K
main mmap 8K r-- private anon
main mprotect 0x7ffff7ff5000 8K r--
main mmap 12K rw- private anon
main write 0x7ffff7ff2000
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff3000 12K ---
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff4000 fixed
