title "VMA differential case 6123"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rwx private anon
main mprotect 0x7ffff7ff1000 24K rw-
expect errno ENOMEM
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff6000 4K rwx
main mmap 20K rwx private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff1000 16K ---
expect errno ENOMEM
main mprotect 0x7ffff7fef000 32K rw-
expect errno ENOMEM
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff1000 12K r--
main munmap 0x7ffff7fee000 32K
main mprotect 0x7ffff7ff6000 4K ---
main mprotect 0x7ffff7ff6000 4K rwx
main mmap 20K rwx private anon
main mprotect 0x7ffff7ff2000 8K rwx
main mprotect 0x7ffff7ff0000 20K r--
expect errno ENOMEM
main mmap 4K rw- private anon
main mmap 4K --- private anon
main munmap 0x7ffff7ff0000 24K
main mmap 20K r-x private anon
main mmap 32K -w- private anon
main mprotect 0x7ffff7fe7000 28K r-x
main mmap 16K rw- private anon
main mmap 28K r-- private anon
main write 0x7ffff7fe4000
main write 0x7ffff7fe6000
