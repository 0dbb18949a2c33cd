title "VMA differential case 6012"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe8000 28K
main munmap 0x7ffff7ff1000 8K
main munmap 0x7ffff7fed000 16K
main mprotect 0x7ffff7ff2000 16K r-x
expect errno ENOMEM
main mprotect 0x7ffff7feb000 12K rw-
expect errno ENOMEM
main munmap 0x7ffff7fe3000 4K
main mmap 28K rw- private anon
main mmap 24K --- private anon at=0x7ffff7ff1000 fixed
main mmap 24K r-x private anon
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7fe8000 8K rw-
expect errno ENOMEM
main mmap 4K r-- private anon
main munmap 0x7ffff7fe9000 24K
