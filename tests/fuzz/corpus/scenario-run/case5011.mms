title "VMA differential case 5011"
machine arch=x86_64 ram=16M
spawn main
main mmap 12K rwx private anon
main mmap 32K r-- private anon
main mmap 24K rw- private anon
main mmap 32K rw- private anon
main mprotect 0x7ffff7fec000 4K rw-
main mprotect 0x7ffff7fdf000 44K r-x
main mmap 20K r-x private anon at=0x7ffff7fd2000 fixed
main munmap 0x7ffff7fdf000 20K
main munmap 0x7ffff7fdd000 4K
main munmap 0x7ffff7fd7000 24K
main mmap 28K --- private anon
main mmap 16K rw- private anon
main mprotect 0x7ffff7fd8000 12K rw-
main mmap 20K --- private anon
main mmap 28K r-x private anon
main mmap 24K r-x private anon at=0x7ffff7fe1000 fixed
main mmap 4K r-x private anon at=0x7ffff7fda000 fixed
main write 0x7ffff7fea000
main write 0x7ffff7fec000
main mmap 12K rwx private anon
main mmap 8K r-x private anon
