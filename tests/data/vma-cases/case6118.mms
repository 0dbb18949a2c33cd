title "VMA differential case 6118"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff3000 16K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 24K r-x
expect errno ENOMEM
main munmap 0x7ffff7fe2000 8K
main mmap 24K rwx private anon at=0x7ffff7fee000 fixed
main munmap 0x7ffff7ff5000 4K
main mmap 16K r-x private anon
main mmap 20K r-- private anon at=0x7ffff7fee000 fixed
main mmap 28K rwx private anon at=0x7ffff7ff0000 fixed
main mmap 28K rwx private anon
main mmap 20K rwx private anon
main munmap 0x7ffff7feb000 16K
main munmap 0x7ffff7fee000 12K
main write 0x7ffff7ff4000
main write 0x7ffff7fe1000
main mprotect 0x7ffff7fea000 52K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 24K r-x
main munmap 0x7ffff7fe8000 32K
