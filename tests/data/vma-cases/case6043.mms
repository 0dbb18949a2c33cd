title "VMA differential case 6043"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff4000 12K rw-
expect errno ENOMEM
main mmap 4K rwx private anon at=0x7ffff7ff6000 fixed
main munmap 0x7ffff7ff4000 12K
main mmap 8K rw- private anon
main mmap 8K rw- private anon
main mmap 8K r-x private anon at=0x7ffff7ff5000 fixed
main mmap 4K rwx private anon
main mprotect 0x7ffff7ff3000 12K rwx
main munmap 0x7ffff7ff3000 8K
main mmap 4K rwx private anon
main mmap 12K rw- private anon
main write 0x7ffff7ff0000
main mmap 12K rw- private anon
main mmap 12K r-x private anon at=0x7ffff7fef000 fixed
main mmap 12K rw- private anon
