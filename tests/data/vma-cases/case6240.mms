title "VMA differential case 6240"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fea000 20K
main mmap 20K r-x private anon at=0x7ffff7fe9000 fixed
main mprotect 0x7ffff7fed000 4K r-x
main mmap 32K r-- private anon at=0x7ffff7fe1000 fixed
main mprotect 0x7ffff7fe4000 28K rwx
main munmap 0x7ffff7fe3000 8K
main mmap 12K --- private anon at=0x7ffff7feb000 fixed
main mmap 12K r-- private anon at=0x7ffff7fdf000 fixed
main munmap 0x7ffff7fee000 4K
main mmap 20K r-x private anon
main munmap 0x7ffff7fe2000 28K
main write 0x7ffff7fe9000
main mmap 4K r-x private anon
main mmap 32K rwx private anon
main mmap 16K --- private anon
