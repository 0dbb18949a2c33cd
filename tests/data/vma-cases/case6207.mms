title "VMA differential case 6207"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K --- private anon at=0x7ffff7fe3000 fixed
main mprotect 0x7ffff7fe3000 12K rwx
main munmap 0x7ffff7fe3000 24K
main mmap 20K --- private anon at=0x7ffff7fef000 fixed
main mmap 16K r-- private anon
main mmap 12K r-x private anon
main mmap 24K rwx private anon
main mmap 8K rwx private anon
main mmap 4K r-x private anon at=0x7ffff7fef000 fixed
main mmap 24K rw- private anon
