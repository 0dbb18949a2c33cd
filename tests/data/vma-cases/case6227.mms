title "VMA differential case 6227"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fdf000 20K
main mprotect 0x7ffff7fe6000 28K rw-
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7fec000 fixed
main mmap 32K r-- private anon at=0x7ffff7feb000 fixed
main munmap 0x7ffff7ff1800 24K
expect errno EINVAL
main mprotect 0x7ffff7fef000 8K r-x
main mmap 32K r-- private anon
main mprotect 0x7ffff7ff2000 20K r-x
expect errno ENOMEM
main mmap 20K r-x private anon
main munmap 0x7ffff7fe0000 8K
main mprotect 0x7ffff7ff0000 20K r--
expect errno ENOMEM
main mprotect 0x7ffff7fe4000 4K r--
main mprotect 0x7ffff7fde000 8K rwx
main mprotect 0x7ffff7fee000 32K rwx
expect errno ENOMEM
