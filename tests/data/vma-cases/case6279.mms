title "VMA differential case 6279"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff3000 8K rw-
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 4K ---
main mprotect 0x7ffff7ff0000 4K r--
main mmap 4K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 8K r-- private anon
main write 0x7ffff7ff0000
main write 0x7ffff7ff0000
main mprotect 0x7ffff7ff5000 8K ---
main mmap 4K --- private anon at=0x7ffff7ff2000 fixed
main munmap 0x7ffff7ff1000 12K
main write 0x7ffff7ff0000
main mprotect 0x7ffff7ff0000 4K rwx
main write 0x7ffff7ff0000
main mprotect 0x7ffff7ff5000 8K rwx
main mprotect 0x7ffff7ff0000 4K ---
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 20K rw-
main write 0x7ffff7ff5000
main mmap 12K --- private anon at=0x7ffff7ff3000 fixed
