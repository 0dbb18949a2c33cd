title "VMA differential case 6036"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fee000 16K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 24K rwx
expect errno ENOMEM
main munmap 0x7ffff7fed000 8K
main mmap 32K r-x private anon
main mprotect 0x7ffff7fef000 24K r--
main mmap 28K --- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 12K r-x
main mmap 16K --- private anon at=0x7ffff7ff3000 fixed
main mmap 28K r-x private anon
