title "VMA differential case 6105"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-x private anon at=0x7ffff7fea000 fixed
main mmap 24K rw- private anon
main mmap 20K --- private anon at=0x7ffff7fec000 fixed
main mmap 24K r-x private anon at=0x7ffff7ff1000 fixed
main mmap 12K r-- private anon
main mmap 16K rwx private anon
main mprotect 0x7ffff7fed000 28K r--
main munmap 0x7ffff7fed000 24K
main write 0x7ffff7fe3000
main write 0x7ffff7fe6000
main mmap 4K r-x private anon
main mmap 24K r-- private anon at=0x7ffff7fe6000 fixed
main munmap 0x7ffff7ff2000 20K
main mprotect 0x7ffff7fe4000 28K rw-
main write 0x7ffff7fe9000
main munmap 0x7ffff7fea000 20K
