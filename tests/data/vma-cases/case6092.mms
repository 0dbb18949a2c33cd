title "VMA differential case 6092"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe7000 8K
main munmap 0x7ffff7fea000 16K
main mprotect 0x7ffff7fe7000 12K r--
expect errno ENOMEM
main mmap 12K r-x private anon
main mmap 32K r-x private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fef000 32K rw-
main mprotect 0x7ffff7fef000 12K ---
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff1000 4K r-x
main mmap 20K r-- private anon
main munmap 0x7ffff7ff0000 28K
main mmap 16K --- private anon at=0x7ffff7fef000 fixed
