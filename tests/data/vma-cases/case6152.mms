title "VMA differential case 6152"
machine arch=x86_64 ram=256M
spawn main
main mmap 28K r-- private anon
main mmap 20K --- private anon at=0x7ffff7fee000 fixed
main mmap 20K r-x private anon
main mprotect 0x7ffff7fee000 28K rwx
main mmap 12K -w- private anon
main write 0x7ffff7ff3000
main munmap 0x7ffff7fe6000 4K
main mmap 8K rwx private anon
main write 0x7ffff7fe8000
main mprotect 0x7ffff7fe6000 16K r-x
main mmap 32K --- private anon at=0x7ffff7fe1000 fixed
main mmap 32K rw- private anon at=0x7ffff7fe9000 fixed
main write 0x7ffff7fee000
main mmap 32K --- private anon at=0x7ffff7fef000 fixed
main mmap 20K r-- private anon
main mprotect 0x7ffff7fe4000 24K r--
main mmap 12K r-x private anon
main mmap 32K --- private anon
