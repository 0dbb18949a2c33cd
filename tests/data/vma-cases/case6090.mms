title "VMA differential case 6090"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff2000 12K
main mmap 8K rw- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7fee000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fec000 8K r--
main mprotect 0x7ffff7fec000 8K rw-
main mmap 4K r-x private anon at=0x7ffff7fe9000 fixed
main mmap 4K rwx private anon
main write 0x7ffff7fec000
main mprotect 0x7ffff7ff4000 12K r-x
expect errno ENOMEM
main mprotect 0x7ffff7fec000 44K rwx
expect errno ENOMEM
main mmap 12K r-x private anon at=0x7ffff7fea000 fixed
main mprotect 0x7ffff7fea000 16K ---
main mprotect 0x7ffff7fe9000 12K rw-
main mprotect 0x7ffff7feb000 12K rw-
main mmap 12K r-- private anon
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7fe9000 16K rw-
main mprotect 0x7ffff7ff3000 16K r--
main mmap 12K rwx private anon
main munmap 0x7ffff7ff0000 8K
main mmap 4K rw- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff3000 16K ---
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7feb000
main write 0x7ffff7ff2000
