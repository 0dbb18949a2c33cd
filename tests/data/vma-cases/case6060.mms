title "VMA differential case 6060"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe6000 24K rwx
expect errno ENOMEM
main mmap 4K rw- private anon
main mmap 28K r-- private anon
main mmap 16K r-- private anon
main write 0x7ffff7ff6000
main munmap 0x7ffff7ff0000 28K
main mprotect 0x7ffff7fef000 24K rwx
expect errno ENOMEM
main mprotect 0x7ffff7feb000 20K r-x
main mprotect 0x7ffff7fed000 12K r--
main mmap 24K rwx private anon at=0x7ffff7fef000 fixed
main mmap 4K rwx private anon
main mmap 16K rw- private anon
main mprotect 0x7ffff7fe5000 24K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fef000 32K r--
expect errno ENOMEM
main mmap 4K r-- private anon
main munmap 0x7ffff7fec000 8K
