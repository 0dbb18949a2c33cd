title "VMA differential case 6199"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rw- private anon at=0x7ffff7fe0000 fixed
main write 0x7ffff7fe2000
main mmap 4K r-x private anon
main write 0x7ffff7fe0000
main write 0x7ffff7fe2000
main munmap 0x7ffff7fe2000 8K
main write 0x7ffff7fe0000
main munmap 0x7ffff7fe1000 24K
main mmap 32K --- private anon
main mmap 32K r-- private anon
main mmap 12K -w- private anon
main mprotect 0x7ffff7fe5000 4K rwx
main munmap 0x7ffff7fe4000 16K
main mmap 12K --- private anon
main mprotect 0x7ffff7fe3000 4K rw-
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main munmap 0x7ffff7fe7000 8K
main munmap 0x7ffff7fe5000 20K
main mprotect 0x7ffff7fef000 32K rwx
main munmap 0x7ffff7ff0000 8K
main mmap 20K --- private anon at=0x7ffff7fe1000 fixed
main mprotect 0x7ffff7fdf000 8K rwx
expect errno ENOMEM
main mmap 20K rwx private anon at=0x7ffff7fe1000 fixed
main mprotect 0x7ffff7fe0000 24K r-x
main munmap 0x7ffff7fde000 16K
