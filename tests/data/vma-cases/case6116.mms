title "VMA differential case 6116"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rwx private anon
main mmap 24K r-- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff4000 9K rw-
main mmap 16K r-- private anon
main mprotect 0x7ffff7ff0000 12K rw-
main mmap 8K r-- private anon at=0x7ffff7feb000 fixed
main write 0x7ffff7ff4000
main mmap 4K rw- private anon
main mmap 32K r-x private anon
main mprotect 0x7ffff7fea000 4K rwx
main mmap 12K r-x private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fe6000 36K rwx
main mmap 20K rwx private anon at=0x7ffff7ff2000 fixed
main mmap 16K -w- private anon at=0x7ffff7ff3000 fixed
main mmap 16K r-- private anon
main write 0x7ffff7fee000
main mprotect 0x7ffff7fdf000 32K ---
main munmap 0x7ffff7fdf000 12K
main munmap 0x7ffff7fdc000 20K
main mprotect 0x7ffff7fe8000 20K r--
main mprotect 0x7ffff7fe7000 36K rwx
main mmap 28K r-x private anon at=0x7ffff7fe4000 fixed
