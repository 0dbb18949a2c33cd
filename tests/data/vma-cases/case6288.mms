title "VMA differential case 6288"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fec000 16K rwx
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 5K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 24K ---
expect errno ENOMEM
main mmap 8K r-x private anon at=0x7ffff7fef000 fixed
main munmap 0x7ffff7ff2000 4K
main mmap 24K rw- private anon
main mprotect 0x7ffff7fef000 32K -w-
main mprotect 0x7ffff7fef000 32K r-x
main mmap 24K r-x private anon
main mprotect 0x7ffff7fea000 13K ---
main mmap 28K rwx private anon at=0x7ffff7fe3000 fixed
main munmap 0x7ffff7fec000 28K
main mmap 8K rwx private anon
main mmap 28K --- private anon
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff2000 20K rwx
main mmap 12K rwx private anon
main mprotect 0x7ffff7fee000 28K r--
main munmap 0x7ffff7fee000 12K
