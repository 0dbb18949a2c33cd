title "VMA differential case 6113"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K -w- private anon
main mmap 20K r-x private anon at=0x7ffff7ff2000 fixed
main mmap 12K r-- private anon
main mmap 16K r-x private anon
main mmap 24K r-x private anon
main mprotect 0x7ffff7fe8000 28K rw-
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff1000 4K r--
main write 0x7ffff7fed000
main mmap 12K r-x private anon
main mmap 32K r-x private anon
main mprotect 0x7ffff7fda000 56K r--
main mprotect 0x7ffff7ff0000 8K rwx
main mmap 24K --- private anon at=0x7ffff7fed000 fixed
main munmap 0x7ffff7fe9000 16K
main mprotect 0x7ffff7fed000 24K rwx
main munmap 0x7ffff7ff1000 12K
main mprotect 0x7ffff7fed000 16K r-x
main mprotect 0x7ffff7ff0000 8K ---
expect errno ENOMEM
main mmap 16K rwx private anon at=0x7ffff7fec000 fixed
main mmap 8K r-- private anon
main mprotect 0x7ffff7ff2000 20K rwx
main write 0x7ffff7ff6000
main munmap 0x7ffff7fe6000 12K
main munmap 0x7ffff7fec000 16K
