title "VMA differential case 6103"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-- private anon at=0x7ffff7ff0000 fixed
main munmap 0x7ffff7fef000 4K
main mprotect 0x7ffff7ff0000 4K r--
main munmap 0x7ffff7fee000 8K
main mmap 4K --- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff0000 4K rw-
main mmap 8K r-x private anon at=0x7ffff7fee000 fixed
main write 0x7ffff7ff0000
main mprotect 0x7ffff7ff2000 4K r--
main write 0x7ffff7ff0000
main mmap 12K rw- private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff4000
main munmap 0x7ffff7ff3000 4K
main mprotect 0x7ffff7fee000 8K ---
main write 0x7ffff7ff5000
main munmap 0x7ffff7fef000 4K
main mprotect 0x7ffff7ff3000 4K rw-
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mmap 4K r-- private anon at=0x7ffff7fed000 fixed
