title "VMA differential case 6129"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe1000 24K
main munmap 0x7ffff7fe2000 16K
main munmap 0x7ffff7fe1000 4K
main mprotect 0x7ffff7fef000 32K r-x
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 20K rwx
expect errno ENOMEM
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff4000 12K rw-
main munmap 0x7ffff7fef000 32K
