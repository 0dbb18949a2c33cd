title "VMA differential case 6211"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff6000 4K r--
expect errno ENOMEM
main mprotect 0x7ffff7fe3000 12K r-x
expect errno ENOMEM
main mmap 4K rw- private anon
main mmap 24K --- private anon
main mmap 32K r-x private anon
main munmap 0x7ffff7fe8000 4K
main munmap 0x7ffff7ff1000 24K
main mmap 32K rwx private anon
main write 0x7ffff7fe8000
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff2000 16K -w-
expect errno ENOMEM
main write 0x7ffff7fe7000
main write 0x7ffff7fe2000
main mprotect 0x7ffff7fea000 32K -w-
expect errno ENOMEM
main mmap 20K rwx private anon
main mprotect 0x7ffff7fda000 32K ---
expect errno ENOMEM
main mmap 28K r-- private anon at=0x7ffff7fe7000 fixed
main mprotect 0x7ffff7fdc000 108K r-x
expect errno ENOMEM
main mmap 16K r-- private anon
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff0000 28K rw-
expect errno ENOMEM
main mmap 4K r-- private anon
main mmap 20K rwx private anon
main mprotect 0x7ffff7ff2000 20K rw-
