title "VMA differential case 6099"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fee000 16K ---
expect errno ENOMEM
main mprotect 0x7ffff7fea000 32K ---
expect errno ENOMEM
main munmap 0x7ffff7fef000 32K
main mmap 24K r-x private anon at=0x7ffff7fe6000 fixed
main mmap 20K --- private anon
main mprotect 0x7ffff7fe6000 68K r--
expect errno ENOMEM
main mmap 4K rw- private anon
main mprotect 0x7ffff7fe6000 24K rw-
main mmap 12K r-x private anon at=0x7ffff7fec000 fixed
main write 0x7ffff7fe9000
