title "VMA differential case 6167"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fed000 12K rwx
expect errno ENOMEM
main mmap 8K r-x private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff5000 4K r--
main mprotect 0x7ffff7ff5000 8K rwx
main mmap 12K rw- private anon
main mmap 4K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff0000 8K rwx
main mprotect 0x7ffff7fee000 16K rw-
main mprotect 0x7ffff7fee000 36K r--
main mmap 12K r-x private anon
main mmap 8K r-- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7feb000 48K rw-
main mprotect 0x7ffff7fe8000 8K rw-
expect errno ENOMEM
main mmap 8K rwx private anon at=0x7ffff7fea000 fixed
main write 0x7ffff7fea000
main write 0x7ffff7feb000
main mprotect 0x7ffff7ff3000 12K rw-
main munmap 0x7ffff7fec000 8K
main munmap 0x7ffff7fec000 4K
main munmap 0x7ffff7ff1000 12K
main mmap 8K r-- private anon
