title "VMA differential case 6059"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe8000 12K rwx
expect errno ENOMEM
main mmap 4K r-- private anon
main mmap 12K --- private anon
main mmap 16K rw- private anon at=0x7ffff7ff3000 fixed
main mmap 24K --- private anon
main munmap 0x7ffff7ff1000 24K
main mmap 32K rw- private anon at=0x7ffff7fe5000 fixed
main mmap 24K -w- private anon
main mprotect 0x7ffff7fed000 32K r--
main write 0x7ffff7ff6000
main mmap 32K rwx private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fe8000 16K r-x
main mprotect 0x7ffff7fee000 16K -w-
main mmap 28K --- private anon at=0x7ffff7fe6000 fixed
main mprotect 0x7ffff7fee000 20K rw-
main mmap 32K r-- private anon
