title "VMA differential case 6151"
machine arch=x86_64 ram=16M
spawn main
main munmap 0x7ffff7feb000 12K
main mprotect 0x7ffff7fed000 8K ---
expect errno ENOMEM
main munmap 0x7ffff7ff4000 8K
main mmap 8K rw- private anon at=0x7ffff7feb000 fixed
main write 0x7ffff7fec000
main mprotect 0x7ffff7feb000 8K ---
main mmap 8K r-- private anon at=0x7ffff7fe9000 fixed
main mmap 8K r-- private anon
main mprotect 0x7ffff7feb000 8K rwx
main mprotect 0x7ffff7fe9000 56K r--
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7fe8000 fixed
main write 0x7ffff7fe8000
main mprotect 0x7ffff7fee000 4K r--
expect errno ENOMEM
main write 0x7ffff7fe8000
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7fe8000
main write 0x7ffff7fe8000
main mprotect 0x7ffff7feb000 12K r-x
expect errno ENOMEM
main write 0x7ffff7fe8000
main mprotect 0x7ffff7ff5000 8K rw-
