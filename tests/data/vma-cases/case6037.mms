title "VMA differential case 6037"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K --- private anon
main mprotect 0x7ffff7ff4000 8K rw-
main mprotect 0x7ffff7ff5000 4K r-x
main mmap 28K r-- private anon
main mprotect 0x7ffff7fef000 32K rw-
main mmap 16K --- private anon
main write 0x7ffff7ff6000
main mmap 4K --- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff1000
main mmap 12K rwx private anon at=0x7ffff7ff1000 fixed
main mmap 4K --- private anon at=0x7ffff7fe8000 fixed
main munmap 0x7ffff7fee000 28K
main mprotect 0x7ffff7fe8000 20K rwx
main write 0x7ffff7fec000
main munmap 0x7ffff7fec000 24K
main write 0x7ffff7feb000
main write 0x7ffff7fe9000
main mprotect 0x7ffff7fe8000 60K -w-
expect errno ENOMEM
main write 0x7ffff7fe8000
main mmap 12K rwx private anon
main mprotect 0x7ffff7ff3000 16K r--
main munmap 0x7ffff7ff4000 12K
main write 0x7ffff7fe8000
