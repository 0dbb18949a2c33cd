title "VMA differential case 6117"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-- private anon at=0x7ffff7ff4000 fixed
main munmap 0x7ffff7ff2000 4K
main mprotect 0x7ffff7ff4000 4K r-x
main munmap 0x7ffff7ff1000 24K
main mprotect 0x7ffff7fe9000 8K rwx
expect errno ENOMEM
main mmap 20K r-x private anon
main mprotect 0x7ffff7ff4000 9K rw-
main mmap 8K rw- private anon at=0x7ffff7ff0000 fixed
main munmap 0x7ffff7fee000 20K
main mmap 32K rwx private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff0000
main mmap 8K -w- private anon at=0x7ffff7fed000 fixed
main write 0x7ffff7ff5000
main mmap 24K r-- private anon
main mprotect 0x7ffff7ff1000 24K rw-
main mprotect 0x7ffff7feb000 32K r--
