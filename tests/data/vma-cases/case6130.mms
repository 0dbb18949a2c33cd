title "VMA differential case 6130"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fde000 4K
main mmap 24K --- private anon
main munmap 0x7ffff7ff5000 4K
main mprotect 0x7ffff7ff6000 4K r-x
main munmap 0x7ffff7ff3000 4K
main mmap 20K rw- private anon
main mmap 20K r-x private anon at=0x7ffff7ff2000 fixed
main mmap 12K rwx private anon
main mmap 28K r-x private anon
main mmap 20K --- private anon
main write 0x7ffff7fee000
main mmap 16K r-- private anon
main write 0x7ffff7ff0000
main mmap 24K r-- private anon
main write 0x7ffff7fef000
main mmap 16K r-x private anon at=0x7ffff7ff3000 fixed
main mmap 20K -w- private anon at=0x7ffff7fec000 fixed
main mmap 24K rwx private anon at=0x7ffff7fea000 fixed
main mprotect 0x7ffff7fe8000 8K ---
main write 0x7ffff7fed000
main mmap 32K rw- private anon
main mmap 28K rw- private anon at=0x7ffff7fe9000 fixed
