title "VMA differential case 6055"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K rwx private anon
main munmap 0x7ffff7ff1000 24K
main munmap 0x7ffff7ff3000 16K
main mmap 20K --- private anon
main mprotect 0x7ffff7fef000 32K ---
expect errno ENOMEM
main munmap 0x7ffff7ff0000 28K
main mmap 8K r-- private anon
main mmap 28K --- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 28K ---
main mmap 28K r-x private anon
main mmap 8K r-x private anon at=0x7ffff7ff0000 fixed
main mmap 32K rw- private anon
main mmap 32K rwx private anon
main mprotect 0x7ffff7fe8000 16K r-x
main mmap 4K --- private anon
main mmap 8K rw- private anon
main mprotect 0x7ffff7fd5000 24K rw-
expect errno ENOMEM
main munmap 0x7ffff7fea000 32K
