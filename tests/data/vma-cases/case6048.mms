title "VMA differential case 6048"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fef000 12K ---
expect errno ENOMEM
main mmap 8K --- private anon
main mmap 4K --- private anon
main mmap 4K --- private anon at=0x7ffff7ff1000 fixed
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff2000 12K rw-
main mmap 4K r-- private anon at=0x7ffff7ff0000 fixed
main mmap 4K rw- private anon at=0x7ffff7fef000 fixed
main mmap 12K rwx private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7fef000 24K rwx
main mprotect 0x7ffff7ff2000 12K rw-
main write 0x7ffff7ff2000
main write 0x7ffff7ff1000
main mprotect 0x7ffff7ff3000 8K r--
main write 0x7ffff7ff1000
main mprotect 0x7ffff7fef000 12K rw-
main mprotect 0x7ffff7ff0000 16K r--
main mprotect 0x7ffff7fef000 8K rw-
main write 0x7ffff7fef000
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff1000 24K rw-
main write 0x7ffff7ff4000
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 12K r-- private anon
