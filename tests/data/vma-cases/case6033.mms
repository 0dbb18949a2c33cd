title "VMA differential case 6033"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff4000 12K -w-
expect errno ENOMEM
main mmap 12K r-x private anon
main munmap 0x7ffff7ff0000 28K
main munmap 0x7ffff7ff3000 16K
main mmap 28K r-x private anon at=0x7ffff7fe1000 fixed
main mprotect 0x7ffff7fe6000 24K r-x
expect errno ENOMEM
main mmap 20K r-x private anon
main mprotect 0x7ffff7fe1000 88K r--
expect errno ENOMEM
main mprotect 0x7ffff7fdf000 32K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 12K rwx
expect errno ENOMEM
main munmap 0x7ffff7fe6000 20K
main mprotect 0x7ffff7fe4000 12K r--
expect errno ENOMEM
main mmap 4K r-- private anon
main munmap 0x7ffff7fe6000 12K
main mprotect 0x7ffff7ff1000 8K r--
main mprotect 0x7ffff7fe1000 72K rwx
expect errno ENOMEM
main munmap 0x7ffff7ff3000 16K
main mmap 4K r-- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fdf000 28K r-x
expect errno ENOMEM
main mmap 24K --- private anon
