title "VMA differential case 6068"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K rwx private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff4000
main mmap 20K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 4K -w- private anon
main write 0x7ffff7ff6000
main mmap 28K r-x private anon at=0x7ffff7ff0000 fixed
main mmap 8K r-- private anon
main munmap 0x7ffff7ff4000 12K
main mprotect 0x7ffff7ff0000 16K r--
main mmap 20K rwx private anon at=0x7ffff7ff0000 fixed
main mmap 20K --- private anon
main munmap 0x7ffff7ff0000 24K
main mmap 4K rw- private anon at=0x7ffff7fe8000 fixed
main mmap 12K r-- private anon
