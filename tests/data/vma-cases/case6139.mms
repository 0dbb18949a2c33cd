title "VMA differential case 6139"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rwx private anon
main write 0x7ffff7ff6000
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff2000 12K r-x
expect errno ENOMEM
main mmap 4K r-- private anon at=0x7ffff7ff3000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main munmap 0x7ffff7ff2000 12K
main mprotect 0x7ffff7ff6000 4K r-x
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff5000 8K ---
main mmap 8K rw- private anon
main munmap 0x7ffff7ff5000 8K
main mmap 4K rwx private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff4000 4K r--
main mprotect 0x7ffff7ff3000 8K r--
main mprotect 0x7ffff7ff4000 4K rw-
main write 0x7ffff7ff2000
main write 0x7ffff7ff2000
main write 0x7ffff7ff2000
main write 0x7ffff7ff4000
main mmap 12K r-- private anon at=0x7ffff7ff0000 fixed
