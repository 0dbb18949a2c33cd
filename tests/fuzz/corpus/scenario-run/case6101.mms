title "VMA differential case 6101"
machine arch=x86_64 ram=16M
spawn main
main mmap 8K r-- private anon at=0x7ffff7fea000 fixed
main mprotect 0x7ffff7fea000 8K ---
main mprotect 0x7ffff7fea000 8K rw-
main mprotect 0x7ffff7fea000 8K r--
main mprotect 0x7ffff7fe7000 12K rw-
expect errno ENOMEM
main mmap 8K rwx private anon
main mprotect 0x7ffff7ff2000 4K rw-
expect errno ENOMEM
main mmap 12K r-- private anon at=0x7ffff7fe7000 fixed
main write 0x7ffff7ff5000
main mprotect 0x7ffff7fe8000 4K rw-
main mprotect 0x7ffff7fe4000 4K r--
expect errno ENOMEM
main mmap 12K rwx private anon
main write 0x7ffff7ff6000
main mmap 8K rwx private anon at=0x7ffff7fe5000 fixed
main mprotect 0x7ffff7fe8000 4K rw-
main write 0x7ffff7ff6000
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff2000 8K ---
main write 0x7ffff7ff5000
main mprotect 0x7ffff7fe8000 16K rwx
main munmap 0x7ffff7fe8000 8K
main mprotect 0x7ffff7ff4000 8K r--
main write 0x7ffff7fe5000
