title "VMA differential case 6073"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff1000 12K
main mprotect 0x7ffff7ff1000 12K r--
expect errno ENOMEM
main mmap 24K rw- private anon at=0x7ffff7fe6000 fixed
main mmap 24K r-- private anon
main munmap 0x7ffff7fef000 30K
main write 0x7ffff7fe8000
main mmap 12K r-- private anon
main write 0x7ffff7fe7000
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff6000 4K r-x
main mprotect 0x7ffff7ff3000 4K rw-
