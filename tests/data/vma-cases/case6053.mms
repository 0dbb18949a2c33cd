title "VMA differential case 6053"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff0000 8K
main mmap 8K r-- private anon
main mprotect 0x7ffff7ff5000 8K r--
main mmap 20K r-x private anon
main mprotect 0x7ffff7ff0000 16K rw-
main mmap 16K rw- private anon
main mprotect 0x7ffff7fec000 32K rwx
main mmap 16K rw- private anon
main mmap 24K rw- private anon
main mprotect 0x7ffff7ff1000 24K ---
main mmap 8K --- private anon
main write 0x7ffff7fea000
main munmap 0x7ffff7fde000 20K
main mprotect 0x7ffff7fea000 36K rwx
main munmap 0x7ffff7fea000 24K
main mprotect 0x7ffff7fe6000 16K ---
