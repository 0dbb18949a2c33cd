title "VMA differential case 6197"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff4000 8K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff3000 4K r--
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff3000 16K ---
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff5000
main mmap 8K rw- private anon
main munmap 0x7ffff7ff5000 4K
main write 0x7ffff7ff6000
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mmap 4K rwx private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff1000 24K rw-
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mmap 12K rwx private anon
main mprotect 0x7ffff7fee000 36K rwx
main write 0x7ffff7ff2000
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff0000 8K rw-
main mprotect 0x7ffff7feb000 4K r--
expect errno ENOMEM
