title "VMA differential case 6016"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fec000 4K ---
expect errno ENOMEM
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 8K rwx private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff0000 12K r--
main write 0x7ffff7ff4000
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff5000 8K rw-
expect errno ENOMEM
main mmap 4K --- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff3000 8K rwx
main munmap 0x7ffff7fee000 4K
main mmap 4K r-- private anon at=0x7ffff7ff2000 fixed
main munmap 0x7ffff7ff0000 8K
main write 0x7ffff7ff4000
main munmap 0x7ffff7ff4000 8K
main write 0x7ffff7ff3000
