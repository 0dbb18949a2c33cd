title "VMA differential case 6024"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K r-- private anon
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff2000 20K ---
main mmap 20K rw- private anon
main munmap 0x7ffff7ff1000 24K
main mprotect 0x7ffff7ff0000 24K ---
expect errno ENOMEM
main mprotect 0x7ffff7feb000 24K r--
main mprotect 0x7ffff7fec000 4K r--
main munmap 0x7ffff7fe8000 12K
main mprotect 0x7ffff7fed000 8K rw-
