title "VMA differential case 6231"
machine arch=x86_64 ram=16M
spawn main
main mprotect 0x7ffff7ff0000 12K r-x
expect errno ENOMEM
main mprotect 0x7ffff7fe6000 4K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fe7000 32K r--
expect errno ENOMEM
main munmap 0x7ffff7ff3000 16K
main mmap 24K rwx private anon
main munmap 0x7ffff7ff1000 24K
main mmap 20K rwx private anon
main mprotect 0x7ffff7ff2000 20K ---
main mprotect 0x7ffff7ff4000 8K rw-
main mmap 16K rwx private anon
main mprotect 0x7ffff7fef000 12K rwx
main mmap 28K rw- private anon at=0x7ffff7fef000 fixed
main mmap 24K r-- private anon
main mmap 24K --- private anon at=0x7ffff7ff1000 fixed
main mmap 28K rw- private anon
main mmap 24K r-x private anon
main mprotect 0x7ffff7ff1000 16K rwx
main mprotect 0x7ffff7feb000 12K ---
main mprotect 0x7ffff7feb000 8K rw-
main mprotect 0x7ffff7feb000 36K rwx
main mmap 24K r-- private anon
