title "VMA differential case 6001"
machine arch=x86_64 ram=16M
spawn main
main mmap 32K rw- private anon at=0x7ffff7fe0000 fixed
main mmap 16K rwx private anon
main munmap 0x7ffff7fe5000 16K
main mprotect 0x7ffff7ff3000 16K rwx
main munmap 0x7ffff7fdf000 4K
main write 0x7ffff7ff3000
main mmap 28K r-x private anon at=0x7ffff7fdf000 fixed
main mmap 32K r-- private anon
main mprotect 0x7ffff7ff3000 16K ---
main mmap 24K r-x private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7fea000 20K
main mmap 32K --- private anon
main mmap 8K --- private anon at=0x7ffff7ff5000 fixed
main mmap 12K --- private anon
main mprotect 0x7ffff7fd9000 8K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fe9000 12K rwx
main mmap 20K rwx private anon
main munmap 0x7ffff7fe5000 8K
main mmap 20K r-- private anon
main mmap 32K rw- private anon at=0x7ffff7fef000 fixed
main mmap 4K --- private anon
main munmap 0x7ffff7fea000 20K
main mmap 32K r-- private anon
main mmap 28K --- private anon
