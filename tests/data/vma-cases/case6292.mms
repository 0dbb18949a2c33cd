title "VMA differential case 6292"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K rw- private anon
main mmap 4K r-- private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7ff0000 2K
main mprotect 0x7ffff7ff2000 20K -w-
main write 0x7ffff7ff5000
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff1000 24K rw-
main write 0x7ffff7ff3000
main mmap 20K --- private anon at=0x7ffff7fe0000 fixed
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff1000 24K r--
