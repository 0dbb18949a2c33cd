title "VMA differential case 6245"
machine arch=x86_64 ram=256M
spawn main
main mmap 28K rw- private anon at=0x7ffff7fe1000 fixed
main mmap 12K r-x private anon
main munmap 0x7ffff7ff1000 24K
main mmap 4K -w- private anon
main mprotect 0x7ffff7fe3000 16K ---
main write 0x7ffff7fe7000
main mmap 16K --- private anon
main munmap 0x7ffff7fe5000 24K
main munmap 0x7ffff7fe1000 14K
main mprotect 0x7ffff7ff3000 4K r--
main mprotect 0x7ffff7ff3000 16K r-x
main mmap 12K r-x private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff1000 12K r--
main mmap 8K r-- private anon
main mmap 20K r-- private anon
main mprotect 0x7ffff7fea000 28K rwx
main mmap 24K r-x private anon
main mmap 8K r-x private anon
main mmap 24K rw- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7fe2000 4K rw-
main mmap 16K rw- private anon
main mmap 20K rw- private anon
