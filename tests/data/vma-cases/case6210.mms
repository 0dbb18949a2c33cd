title "VMA differential case 6210"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K --- private anon
main mprotect 0x7ffff7ff5000 8K r-x
main munmap 0x7ffff7ff4000 12K
main mmap 8K r-- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fec000 8K r--
expect errno ENOMEM
main mprotect 0x7ffff7fed000 8K r-x
main mprotect 0x7ffff7ff1000 4K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fed000 8K rwx
main write 0x7ffff7fed000
main munmap 0x7ffff7fee000 12K
main write 0x7ffff7fed000
main mmap 8K --- private anon at=0x7ffff7fee000 fixed
