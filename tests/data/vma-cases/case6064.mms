title "VMA differential case 6064"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff4000 12K r--
expect errno ENOMEM
main mmap 4K r-x private anon at=0x7ffff7ff1000 fixed
main mmap 4K r-- private anon
main mmap 8K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 12K rw-
main mmap 8K rw- private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff3000
main mmap 8K r-- private anon
main mmap 12K r-- private anon at=0x7ffff7fef000 fixed
main mmap 8K rwx private anon at=0x7ffff7fed000 fixed
