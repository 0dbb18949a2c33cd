title "VMA differential case 6239"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff2000 12K
main mmap 8K rw- private anon
main mmap 8K --- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff5000 8K r-x
main mprotect 0x7ffff7ff4000 8K ---
main munmap 0x7ffff7ff4000 12K
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff3000 4K rw-
main mprotect 0x7ffff7ff0000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff3000 4K rwx
main mprotect 0x7ffff7ff3000 4K rw-
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff3000 4K ---
main mmap 4K --- private anon
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main mmap 4K rw- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff3000 16K rw-
main mprotect 0x7ffff7ff3000 16K rwx
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main mmap 4K r-x private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff4000
main write 0x7ffff7ff4000
main mmap 8K r-- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff6000 4K rwx
