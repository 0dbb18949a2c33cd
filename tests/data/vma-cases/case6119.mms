title "VMA differential case 6119"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff3000 12K rwx
expect errno ENOMEM
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7fe1000 12K -w-
expect errno ENOMEM
main mprotect 0x7ffff7fef000 24K rw-
expect errno ENOMEM
main mmap 8K r-- private anon
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mmap 20K rwx private anon
main mprotect 0x7ffff7ff3000 12K rw-
main munmap 0x7ffff7ff0000 28K
