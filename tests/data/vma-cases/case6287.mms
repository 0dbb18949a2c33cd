title "VMA differential case 6287"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe3000 32K ---
expect errno ENOMEM
main munmap 0x7ffff7fef000 4K
main mprotect 0x7ffff7ff1000 16K rw-
expect errno ENOMEM
main mmap 16K -w- private anon
main mmap 24K rwx private anon
main mmap 4K -w- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff0000
main write 0x7ffff7ff4000
main mmap 12K r-- private anon
main mmap 32K r-- private anon
main write 0x7ffff7fed000
main mmap 16K r-x private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7fee000 20K ---
main mmap 8K r-- private anon at=0x7ffff7fe0000 fixed
main mmap 32K rwx private anon
main mmap 12K r-x private anon
main munmap 0x7ffff7ff0000 24K
main munmap 0x7ffff7fee000 28K
main mprotect 0x7ffff7ff6000 4K ---
main mprotect 0x7ffff7fd8000 32K rwx
main mprotect 0x7ffff7fed000 40K rwx
expect errno ENOMEM
