title "VMA differential case 6252"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-- private anon
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main munmap 0x7ffff7ff5000 4K
main mprotect 0x7ffff7ff6000 4K rwx
main mmap 12K rw- private anon
main write 0x7ffff7ff2000
main write 0x7ffff7ff6000
main write 0x7ffff7ff1000
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mmap 8K rwx private anon
main mmap 8K r-- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7ff3000 8K ---
main mprotect 0x7ffff7ff3000 16K rw-
main mprotect 0x7ffff7fee000 36K ---
main mprotect 0x7ffff7ff2000 4K rw-
main mmap 8K rw- private anon at=0x7ffff7fec000 fixed
