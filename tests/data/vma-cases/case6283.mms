title "VMA differential case 6283"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fef000 32K
main mmap 24K r-- private anon
main mmap 28K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 28K r-x
main mprotect 0x7ffff7ff3000 16K rwx
main mprotect 0x7ffff7ff2000 16K rwx
main mprotect 0x7ffff7ff0000 4K rw-
main mprotect 0x7ffff7ff1000 24K rwx
main write 0x7ffff7ff2000
