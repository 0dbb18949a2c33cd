title "VMA differential case 6141"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fee000 8K
main mmap 4K r-- private anon at=0x7ffff7ff1000 fixed
main mmap 4K --- private anon
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff6000 4K ---
main mmap 4K rw- private anon
main write 0x7ffff7ff5000
main write 0x7ffff7ff5000
main mmap 4K rwx private anon at=0x7ffff7ff6000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main write 0x7ffff7ff5000
main mmap 4K rwx private anon
main mprotect 0x7ffff7fee000 4K r--
expect errno ENOMEM
main write 0x7ffff7ff5000
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff4000 12K rw-
