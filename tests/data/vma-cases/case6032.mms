title "VMA differential case 6032"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe9000 24K
main mmap 28K r-x private anon
main mmap 8K rwx private anon
main mmap 4K r-- private anon
main mprotect 0x7ffff7ff1000 16K rwx
main munmap 0x7ffff7ff0000 28K
main write 0x7ffff7fef000
main write 0x7ffff7fee000
main mmap 28K -w- private anon
