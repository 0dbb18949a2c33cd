title "VMA differential case 6039"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fee000 28K r--
expect errno ENOMEM
main munmap 0x7ffff7fe3000 12K
main mmap 16K r-x private anon
main mmap 24K r-- private anon at=0x7ffff7ff0400 fixed
expect errno EINVAL
main mprotect 0x7ffff7ff3000 16K r--
main munmap 0x7ffff7ff4000 4K
main mmap 20K rwx private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff0000 12K r-x
expect errno ENOMEM
main mmap 8K r-- private anon
