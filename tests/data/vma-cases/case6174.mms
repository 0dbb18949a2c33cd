title "VMA differential case 6174"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fdc000 28K ---
expect errno ENOMEM
main munmap 0x7ffff7fef000 32K
main munmap 0x7ffff7fea000 32K
main mmap 16K --- private anon at=0x7ffff7ff2000 fixed
main mmap 24K r-- private anon
main mmap 12K --- private anon
main mprotect 0x7ffff7fee000 24K ---
main mprotect 0x7ffff7fec000 40K ---
main mprotect 0x7ffff7fef000 20K ---
main mprotect 0x7ffff7fed000 20K r-x
main mmap 12K rwx private anon
main mprotect 0x7ffff7fe9000 36K r-x
main mprotect 0x7ffff7fec000 24K r-x
main mmap 12K r-x private anon
main mmap 20K r-- private anon
main mprotect 0x7ffff7fef000 20K ---
main mprotect 0x7ffff7fed000 20K rw-
main mmap 12K rwx private anon
main mmap 24K --- private anon at=0x7ffff7ff1000 fixed
main mmap 20K rwx private anon
main mprotect 0x7ffff7ff4000 12K r--
main mprotect 0x7ffff7fea000 4K r-x
main mmap 16K r-- private anon
main write 0x7ffff7fe6000
