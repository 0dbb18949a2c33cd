title "VMA differential case 6267"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe4000 32K
main munmap 0x7ffff7fef000 32K
main munmap 0x7ffff7fef800 32K
expect errno EINVAL
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff6000 4K rwx
main write 0x7ffff7ff5000
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff5000 8K ---
main mmap 16K --- private anon at=0x7ffff7ff3000 fixed
main munmap 0x7ffff7ff1000 24K
main mmap 4K --- private anon
main mmap 4K rw- private anon
main mmap 16K r-- private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7fef000 32K
main mmap 4K rwx private anon
main mprotect 0x7ffff7fef000 16K ---
expect errno ENOMEM
main mprotect 0x7ffff7fef000 32K rwx
expect errno ENOMEM
main munmap 0x7ffff7ff4000 12K
main mmap 20K -w- private anon
