title "VMA differential case 6054"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mmap 4K rw- private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff6000 4K rwx
main mprotect 0x7ffff7ff5000 8K ---
main mprotect 0x7ffff7ff5000 4K rw-
main mmap 8K r-x private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff5000 8K ---
main mmap 12K rw- private anon at=0x7ffff7ff3000 fixed
main mmap 8K r-- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff2000 12K rwx
main mmap 4K --- private anon at=0x7ffff7ff3000 fixed
main mmap 8K rwx private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff0000
main mprotect 0x7ffff7ff5000 8K rwx
main write 0x7ffff7ff4000
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff6000 4K rw-
