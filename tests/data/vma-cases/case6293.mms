title "VMA differential case 6293"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff3000 12K rw-
expect errno ENOMEM
main mmap 8K rw- private anon
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 4K r-- private anon at=0x7ffff7ff5000 fixed
main mmap 4K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff5000 8K r--
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff4000 4K rw-
main munmap 0x7ffff7ff2000 4K
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff4000 4K rw-
