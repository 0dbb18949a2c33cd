title "VMA differential case 6097"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7feb000 24K
main mmap 16K rw- private anon at=0x7ffff7fdf000 fixed
main mprotect 0x7ffff7fdf000 16K rwx
main mprotect 0x7ffff7fe0000 16K r--
expect errno ENOMEM
main write 0x7ffff7fdf000
main write 0x7ffff7fdf000
main write 0x7ffff7fdf000
main write 0x7ffff7fdf000
main mmap 16K r-x private anon
main write 0x7ffff7fdf000
main mmap 16K r-x private anon
main mmap 32K rw- private anon
main mmap 12K r-x private anon at=0x7ffff7fec000 fixed
main mmap 28K r-- private anon at=0x7ffff7fe0000 fixed
main mprotect 0x7ffff7fdf000 28K ---
main mmap 8K r-- private anon
main write 0x7ffff7fea000
main write 0x7ffff7feb000
main mmap 8K --- private anon at=0x7ffff7fe2000 fixed
main mprotect 0x7ffff7fe6000 16K rwx
main write 0x7ffff7fe7000
