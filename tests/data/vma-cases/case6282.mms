title "VMA differential case 6282"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K r-- private anon at=0x7ffff7feb000 fixed
main munmap 0x7ffff7fed000 32K
main mprotect 0x7ffff7feb000 8K r-x
main mmap 32K --- private anon at=0x7ffff7fed000 fixed
main mmap 16K rwx private anon at=0x7ffff7ff2000 fixed
main munmap 0x7ffff7ff3000 16K
main mmap 24K rwx private anon at=0x7ffff7ff1000 fixed
main mmap 32K rw- private anon
main mmap 32K r-- private anon
main mprotect 0x7ffff7fe3000 40K ---
