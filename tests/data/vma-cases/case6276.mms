title "VMA differential case 6276"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff0000 16K
main mmap 12K r-x private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fef400 8K ---
expect errno EINVAL
main munmap 0x7ffff7fee000 12K
main munmap 0x7ffff7ff0000 16K
main mmap 8K rwx private anon at=0x7ffff7fe0000 fixed
main mmap 12K -w- private anon at=0x7ffff7fe2000 fixed
main munmap 0x7ffff7fe1000 20K
main mmap 20K rwx private anon at=0x7ffff7fe5000 fixed
main mmap 32K --- private anon
main mmap 28K --- private anon
main write 0x7ffff7fe6000
main mprotect 0x7ffff7fde000 4K -w-
main mmap 12K r-x private anon
main mprotect 0x7ffff7fdb000 4K rwx
main mprotect 0x7ffff7fe9000 5K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fdc000 16K r--
main mmap 8K r-x private anon at=0x7ffff7fdb000 fixed
main write 0x7ffff7fe0000
main munmap 0x7ffff7fd9000 16K
main munmap 0x7ffff7fea000 16K
main munmap 0x7ffff7ff1000 24K
main write 0x7ffff7fe8000
main mprotect 0x7ffff7fe0000 28K rw-
expect errno ENOMEM
main mmap 24K r-- private anon
