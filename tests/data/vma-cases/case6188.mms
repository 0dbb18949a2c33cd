title "VMA differential case 6188"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff0000 16K r--
expect errno ENOMEM
main munmap 0x7ffff7fe5000 4K
main munmap 0x7ffff7feb000 24K
main munmap 0x7ffff7fe7000 28K
main munmap 0x7ffff7fe6000 4K
main mprotect 0x7ffff7fe7000 24K r-x
expect errno ENOMEM
main munmap 0x7ffff7fe5000 16K
main mmap 28K --- private anon at=0x7ffff7fe4000 fixed
main mmap 32K --- private anon
main mmap 8K r-- private anon
main mprotect 0x7ffff7fef000 16K rwx
main mprotect 0x7ffff7fe6000 16K r-x
main mprotect 0x7ffff7fef000 32K r-x
main mprotect 0x7ffff7fe8000 12K ---
main mmap 8K rw- private anon
main mmap 8K rwx private anon at=0x7ffff7fe2000 fixed
main mprotect 0x7ffff7fee000 4K rwx
