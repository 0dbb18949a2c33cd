title "VMA differential case 6228"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe6000 12K
main mmap 16K r-- private anon
main mmap 4K --- private anon
main mmap 12K r-- private anon
main mprotect 0x7ffff7fef000 24K rw-
main mmap 8K rw- private anon at=0x7ffff7fed000 fixed
main mmap 12K r-- private anon
main write 0x7ffff7ff4000
main mmap 32K rw- private anon
main mprotect 0x7ffff7fec000 24K rw-
main mprotect 0x7ffff7fed000 4K -w-
main munmap 0x7ffff7fea000 16K
main write 0x7ffff7fe3000
main mmap 28K rwx private anon at=0x7ffff7ff0400 fixed
expect errno EINVAL
main write 0x7ffff7ff4000
main write 0x7ffff7fe2000
main mprotect 0x7ffff7ff3000 4K r--
main mmap 4K r-x private anon at=0x7ffff7feb000 fixed
main write 0x7ffff7fe5000
main mmap 12K --- private anon
main mmap 32K -w- private anon
main mprotect 0x7ffff7fd7000 36K r--
main mmap 32K rw- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fda000 12K r--
