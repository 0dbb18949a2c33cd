title "VMA differential case 6294"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe4000 24K
main mprotect 0x7ffff7fe4000 20K rw-
expect errno ENOMEM
main munmap 0x7ffff7fe9000 28K
main mprotect 0x7ffff7feb000 32K r--
expect errno ENOMEM
main mmap 20K rw- private anon
main mmap 8K r-- private anon
main mmap 32K r-x private anon at=0x7ffff7fea000 fixed
main write 0x7ffff7ff6000
main munmap 0x7ffff7ff2000 20K
main mmap 16K r-x private anon
main munmap 0x7ffff7ff3000 16K
main mprotect 0x7ffff7fea000 32K rwx
main mmap 20K r-- private anon
main mprotect 0x7ffff7fee000 36K r-x
main mmap 12K r-x private anon at=0x7ffff7fee000 fixed
main write 0x7ffff7fec000
main munmap 0x7ffff7fef000 16K
main munmap 0x7ffff7fea000 16K
