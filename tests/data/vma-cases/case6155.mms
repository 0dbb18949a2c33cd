title "VMA differential case 6155"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff3000 4K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fec000 28K rwx
expect errno ENOMEM
main mmap 8K --- private anon
main mmap 20K r-- private anon
main mprotect 0x7ffff7ff0000 28K r-x
main mprotect 0x7ffff7ff2000 12K ---
main munmap 0x7ffff7fee000 8K
main mprotect 0x7ffff7ff2000 8K r-x
main mmap 8K r-- private anon
