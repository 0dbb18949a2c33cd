title "VMA differential case 6263"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff1000 24K rw-
expect errno ENOMEM
main mmap 24K r-x private anon
main mprotect 0x7ffff7ff3000 16K rw-
main mmap 28K -w- private anon
main mmap 12K --- private anon
main mmap 12K --- private anon at=0x7ffff7ff0000 fixed
main mmap 4K --- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fe7000 20K rwx
main mmap 32K r-- private anon
main write 0x7ffff7fea000
main mprotect 0x7ffff7fe7000 20K r--
main mmap 8K -w- private anon
main mmap 24K r-x private anon
main munmap 0x7ffff7fdc000 12K
main mmap 24K --- private anon
main mmap 16K rwx private anon
main mmap 32K --- private anon at=0x7ffff7fe5000 fixed
main mmap 8K rwx private anon at=0x7ffff7fed000 fixed
