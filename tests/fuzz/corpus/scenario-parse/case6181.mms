title "VMA differential case 6181"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe9000 24K r-x
expect errno ENOMEM
main mprotect 0x7ffff7fed000 20K rwx
expect errno ENOMEM
main mmap 32K r-- private anon
main munmap 0x7ffff7fee000 32K
main mmap 24K rwx private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fef000 32K r-x
expect errno ENOMEM
main write 0x7ffff7ff5000
main munmap 0x7ffff7ff0000 26K
main mmap 24K rw- private anon
main mmap 20K r-x private anon
main mprotect 0x7ffff7fea000 20K r-x
expect errno ENOMEM
