title "VMA differential case 6096"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K rwx private anon
main mmap 28K --- private anon at=0x7ffff7fe0000 fixed
main mmap 20K --- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 8K rwx
main munmap 0x7ffff7ff1000 24K
main mmap 16K rw- private anon at=0x7ffff7fe2000 fixed
main write 0x7ffff7fe5000
main mmap 28K --- private anon at=0x7ffff7fe5000 fixed
main write 0x7ffff7fe4000
main mmap 12K r-x private anon
main mmap 16K --- private anon
main mmap 12K r-x private anon at=0x7ffff7fdd000 fixed
