title "VMA differential case 6274"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-- private anon
main mprotect 0x7ffff7fee000 8K r-x
expect errno ENOMEM
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff6000 4K rwx
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff6000 4K r-x
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 8K --- private anon
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main mmap 12K r-- private anon
main write 0x7ffff7ff5000
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main munmap 0x7ffff7ff5000 8K
main munmap 0x7ffff7ff3000 8K
main mprotect 0x7ffff7ff1000 8K rw-
main mmap 4K rw- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff1000 8K ---
main mmap 8K rwx private anon at=0x7ffff7ff3000 fixed
main mmap 8K rw- private anon at=0x7ffff7fee000 fixed
main write 0x7ffff7fee000
main mprotect 0x7ffff7fee000 8K r-x
