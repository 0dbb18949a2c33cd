title "VMA differential case 6112"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff0000 4K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 12K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fe9000 4K rw-
expect errno ENOMEM
main munmap 0x7ffff7ff3000 12K
main mmap 4K r-- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff5000 4K rw-
main mprotect 0x7ffff7ff5000 4K r-x
main mprotect 0x7ffff7ff5000 4K ---
main mmap 8K r-x private anon at=0x7ffff7ff5000 fixed
main munmap 0x7ffff7fea000 12K
main mmap 4K rwx private anon
main mmap 8K r-x private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff5000 8K rw-
main mprotect 0x7ffff7ff4000 4K rw-
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
