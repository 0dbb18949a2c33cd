title "VMA differential case 6069"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-x private anon
main munmap 0x7ffff7ff5000 8K
main mmap 32K rw- private anon
main mprotect 0x7ffff7ff6000 4K r--
main mmap 16K --- private anon
main write 0x7ffff7ff0000
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff0000 4K rwx
main mprotect 0x7ffff7fec000 32K ---
main write 0x7ffff7ff5000
main mmap 8K r-- private anon
main mprotect 0x7ffff7fe8000 12K r--
main mmap 4K r-- private anon
main mmap 8K --- private anon
