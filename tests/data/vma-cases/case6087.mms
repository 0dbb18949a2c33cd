title "VMA differential case 6087"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7feb000 28K -w-
expect errno ENOMEM
main mmap 24K --- private anon at=0x7ffff7fe1000 fixed
main munmap 0x7ffff7fe8000 24K
main mmap 8K rw- private anon
main mmap 28K r-- private anon at=0x7ffff7fe7000 fixed
main munmap 0x7ffff7fe8000 16K
main mprotect 0x7ffff7fe2000 24K r-x
main munmap 0x7ffff7fe1000 8K
main mprotect 0x7ffff7fec000 8K r--
main mmap 4K -w- private anon at=0x7ffff7ff3000 fixed
main mmap 4K rwx private anon
main mmap 32K rwx private anon
main munmap 0x7ffff7ff3000 12K
main mmap 4K rwx private anon
main mprotect 0x7ffff7fee000 12K rw-
expect errno ENOMEM
main write 0x7ffff7fe2000
main mprotect 0x7ffff7ff0400 28K r--
expect errno EINVAL
