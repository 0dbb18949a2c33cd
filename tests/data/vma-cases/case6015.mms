title "VMA differential case 6015"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K -w- private anon
main mprotect 0x7ffff7ff0000 20K rw-
expect errno ENOMEM
main mmap 8K rw- private anon
main mmap 28K --- private anon
main mprotect 0x7ffff7ff0000 8K ---
main mmap 4K --- private anon
main mprotect 0x7ffff7fea000 16K ---
main munmap 0x7ffff7fe6000 12K
main mmap 32K --- private anon at=0x7ffff7fe1000 fixed
main write 0x7ffff7ff3000
main mmap 20K rwx private anon at=0x7ffff7fdc000 fixed
main mmap 16K r-- private anon
main write 0x7ffff7ff4000
main mmap 4K rw- private anon
main mprotect 0x7ffff7fe1000 4K r--
