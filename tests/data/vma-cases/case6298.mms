title "VMA differential case 6298"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K rw- private anon at=0x7ffff7fef000 fixed
main mmap 32K rw- private anon
main munmap 0x7ffff7fee000 16K
main munmap 0x7ffff7feb000 16K
main mmap 24K r-x private anon
main mmap 12K rwx private anon
main mmap 20K r-x private anon
main mmap 28K rw- private anon
main write 0x7ffff7fe0000
main mmap 28K --- private anon at=0x7ffff7fea000 fixed
main mmap 8K --- private anon at=0x7ffff7fe5000 fixed
main write 0x7ffff7fdd000
main mmap 24K r-x private anon
main munmap 0x7ffff7fef000 32K
main mmap 20K rwx private anon at=0x7ffff7fe8000 fixed
main mmap 20K r-- private anon
main mmap 20K rwx private anon
main mmap 12K r-x private anon at=0x7ffff7fe9000 fixed
main mprotect 0x7ffff7fd0000 20K r-x
main mmap 4K r-x private anon
main munmap 0x7ffff7ff5000 4K
