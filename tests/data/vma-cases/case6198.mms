title "VMA differential case 6198"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K rw- private anon
main mmap 8K r-- private anon
main mprotect 0x7ffff7ff6000 4K -w-
main mmap 4K rwx private anon
main munmap 0x7ffff7fef000 32K
main munmap 0x7ffff7ff2000 20K
main mprotect 0x7ffff7fe2000 28K ---
expect errno ENOMEM
main munmap 0x7ffff7fe2000 20K
main mprotect 0x7ffff7fe9000 24K rwx
expect errno ENOMEM
main munmap 0x7ffff7fea000 12K
main mmap 28K rw- private anon
main mmap 20K r-- private anon
main mprotect 0x7ffff7fe8000 8K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 28K rw-
main mmap 4K r-- private anon
main mprotect 0x7ffff7fef000 12K r--
main munmap 0x7ffff7fe8000 24K
main mmap 12K r-x private anon
