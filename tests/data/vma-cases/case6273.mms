title "VMA differential case 6273"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7feb000 8K r-x
expect errno ENOMEM
main mmap 4K rwx private anon
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff1400 24K rw-
expect errno EINVAL
main mprotect 0x7ffff7ff6000 4K ---
main mmap 20K r-x private anon
main mmap 12K rwx private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff1000
main write 0x7ffff7ff1000
main write 0x7ffff7ff3000
main munmap 0x7ffff7ff5000 8K
main mmap 16K --- private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff2000
main mmap 20K rwx private anon
main mmap 12K r-- private anon
main mmap 20K r-- private anon
main mmap 28K r-x private anon at=0x7ffff7fe9000 fixed
main mprotect 0x7ffff7ff0000 28K r--
main munmap 0x7ffff7ff2000 4K
main mmap 8K rwx private anon
main mprotect 0x7ffff7ff4000 12K rw-
main mmap 8K --- private anon
