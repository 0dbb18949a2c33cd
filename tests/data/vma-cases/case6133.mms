title "VMA differential case 6133"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-x private anon
main mmap 32K rwx private anon
main mprotect 0x7ffff7fea000 32K r-x
expect errno ENOMEM
main munmap 0x7ffff7ff3000 16K
main mmap 4K rwx private anon
main mprotect 0x7ffff7fee000 32K rwx
expect errno ENOMEM
main mmap 24K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 4K rwx private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff0000
main mmap 24K rwx private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7fef000 32K
main mmap 32K --- private anon
main mmap 24K r-- private anon
main munmap 0x7ffff7fef000 24K
