title "VMA differential case 5001"
machine arch=x86_64 ram=16M
spawn main
main mmap 28K rwx private anon
main munmap 0x7ffff7fe4000 4K
main mprotect 0x7ffff7ff4000 8K r-x
main munmap 0x7ffff7fe6000 24K
main mmap 4K r-x private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7fed000 20K
main munmap 0x7ffff7fed000 8K
main mmap 4K --- private anon
main write 0x7ffff7ff6000
main munmap 0x7ffff7fe3000 12K
main write 0x7ffff7ff3000
