title "VMA differential case 6270"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fef000 4K
main mmap 12K rwx private anon
main mmap 32K --- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7ff2000 20K r--
main mprotect 0x7ffff7fec000 44K r--
main munmap 0x7ffff7fea000 20K
main mmap 20K r-x private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7ff1000 24K r-x
main mprotect 0x7ffff7ff0000 16K r-x
main mmap 32K r-- private anon
main mprotect 0x7ffff7ff4000 12K r-x
main munmap 0x7ffff7fe8000 26K
main mprotect 0x7ffff7fe4000 76K ---
expect errno ENOMEM
main mprotect 0x7ffff7fef000 32K ---
main mmap 32K rw- private anon
main munmap 0x7ffff7fec000 12K
main mprotect 0x7ffff7ff5000 8K ---
main munmap 0x7ffff7fe4000 12K
main munmap 0x7ffff7fe6000 24K
