title "VMA differential case 6269"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fee000 16K
main munmap 0x7ffff7fec000 16K
main munmap 0x7ffff7fdd000 20K
main mmap 32K --- private anon
main mmap 12K r-- private anon
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mmap 24K --- private anon at=0x7ffff7fed000 fixed
main munmap 0x7ffff7fed000 12K
main mprotect 0x7ffff7fee000 20K r--
expect errno ENOMEM
main munmap 0x7ffff7ff2000 12K
main mmap 20K rw- private anon at=0x7ffff7fed000 fixed
main mmap 20K r-x private anon
main mprotect 0x7ffff7fe7000 36K r--
main mmap 32K r-- private anon
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7fe9000 16K rw-
