title "VMA differential case 6196"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fef000 16K
main mmap 8K -w- private anon at=0x7ffff7fe5000 fixed
main mmap 24K r-- private anon
main mmap 16K rwx private anon
main mprotect 0x7ffff7fe6000 28K r--
expect errno ENOMEM
main mmap 20K rw- private anon at=0x7ffff7fe6000 fixed
main mmap 32K rw- private anon at=0x7ffff7fe5000 fixed
main mmap 12K rwx private anon
main munmap 0x7ffff7fef000 32K
main write 0x7ffff7fe3000
main munmap 0x7ffff7fe0000 4K
