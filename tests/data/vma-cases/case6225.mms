title "VMA differential case 6225"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rwx private anon
main mprotect 0x7ffff7ff4000 12K rw-
main mprotect 0x7ffff7ff2000 20K ---
expect errno ENOMEM
main mmap 24K r-- private anon
main munmap 0x7ffff7fed000 12K
main munmap 0x7ffff7ff1000 16K
main mmap 24K r-x private anon at=0x7ffff7ff1000 fixed
main mmap 16K --- private anon at=0x7ffff7ff2400 fixed
expect errno EINVAL
main mmap 16K r-- private anon
main mmap 32K rwx private anon
main mmap 32K rw- private anon
main mmap 8K --- private anon at=0x7ffff7fd9000 fixed
main write 0x7ffff7fea000
main mprotect 0x7ffff7fdb000 28K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fe6000 36K rwx
main mmap 24K r-- private anon at=0x7ffff7fde000 fixed
main write 0x7ffff7fe8000
main mprotect 0x7ffff7fe1000 32K r--
main mmap 32K r-x private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7fe9000 56K rw-
main munmap 0x7ffff7fef000 32K
main munmap 0x7ffff7fdb000 4K
main write 0x7ffff7fdd000
main mprotect 0x7ffff7fe8000 20K rw-
