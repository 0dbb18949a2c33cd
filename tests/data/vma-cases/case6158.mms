title "VMA differential case 6158"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fef000 8K rw-
main write 0x7ffff7fef000
main write 0x7ffff7fef000
main mmap 4K r-- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7fef000
main write 0x7ffff7fef000
main mmap 4K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 12K r-- private anon
main mprotect 0x7ffff7fef000 8K r--
main mmap 4K rw- private anon at=0x7ffff7ff3000 fixed
main munmap 0x7ffff7fef000 12K
main munmap 0x7ffff7ff6000 4K
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
