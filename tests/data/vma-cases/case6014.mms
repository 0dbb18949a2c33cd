title "VMA differential case 6014"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fec000 12K r-x
expect errno ENOMEM
main munmap 0x7ffff7fde000 32K
main mmap 24K --- private anon
main mmap 32K --- private anon
main mprotect 0x7ffff7fe9000 28K ---
main mmap 16K rwx private anon
main mprotect 0x7ffff7ff5000 4K rwx
main munmap 0x7ffff7feb000 4K
main mmap 28K rwx private anon
main write 0x7ffff7fe7000
main write 0x7ffff7fe2000
main mmap 24K r-- private anon
main write 0x7ffff7fe0000
main mmap 8K rwx private anon at=0x7ffff7fed000 fixed
main mmap 32K r-- private anon
main write 0x7ffff7fe4000
main mmap 28K --- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fef000 32K r-x
main mprotect 0x7ffff7fd0000 24K r--
