title "VMA differential case 6214"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K r-- private anon
main mmap 4K --- private anon
main mmap 32K rw- private anon
main write 0x7ffff7fee000
main mprotect 0x7ffff7ff0000 8K r-x
main mprotect 0x7ffff7fec000 32K -w-
main mmap 8K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fef000 8K r--
main munmap 0x7ffff7ff2000 20K
main mmap 20K rwx private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff5000
main write 0x7ffff7ff2000
main mmap 20K r-x private anon
main write 0x7ffff7ff2000
