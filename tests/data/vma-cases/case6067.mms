title "VMA differential case 6067"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7feb000 24K r-x
expect errno ENOMEM
main mmap 24K r-x private anon
main mmap 20K rw- private anon at=0x7ffff7fec000 fixed
main mmap 16K rw- private anon at=0x7ffff7feb000 fixed
main mmap 32K r-- private anon at=0x7ffff7fef000 fixed
main mmap 4K r-- private anon
main mprotect 0x7ffff7fea000 32K r-x
main mmap 4K r-x private anon
main mmap 32K rw- private anon
main mprotect 0x7ffff7ff2000 20K ---
main mmap 20K rwx private anon
main write 0x7ffff7fe0000
main munmap 0x7ffff7fde000 20K
main write 0x7ffff7fe4000
main munmap 0x7ffff7ff0000 28K
main mprotect 0x7ffff7fe9000 28K rwx
main mprotect 0x7ffff7fe5000 24K rw-
main munmap 0x7ffff7fed000 28K
main mprotect 0x7ffff7fe5000 32K ---
main write 0x7ffff7fdd000
main mmap 24K r-x private anon at=0x7ffff7fe5000 fixed
main mmap 20K rwx private anon at=0x7ffff7fe6000 fixed
main mmap 20K r-x private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7fdc000 4K r-x
main mmap 24K rwx private anon
