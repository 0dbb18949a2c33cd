title "VMA differential case 6046"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rw- private anon at=0x7ffff7fe1000 fixed
main mprotect 0x7ffff7fe1000 8K rw-
main mprotect 0x7ffff7fe1000 12K rwx
main mprotect 0x7ffff7fe1000 4K rwx
main mmap 8K --- private anon
main mmap 32K r-x private anon at=0x7ffff7fe2000 fixed
main mprotect 0x7ffff7ff6000 4K ---
main mprotect 0x7ffff7fe0000 4K rw-
expect errno ENOMEM
main munmap 0x7ffff7fdf000 28K
