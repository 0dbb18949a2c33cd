title "VMA differential case 6035"
machine arch=x86_64 ram=256M
spawn main
main mmap 24K r-x private anon at=0x7ffff7feb400 fixed
expect errno EINVAL
main mmap 8K rwx private anon
main mprotect 0x7ffff7ff5000 8K r--
main mprotect 0x7ffff7ff5000 8K r--
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff1000 24K ---
expect errno ENOMEM
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 24K rwx private anon
main mmap 16K r-x private anon at=0x7ffff7ff1000 fixed
main mmap 28K --- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7fef000
main write 0x7ffff7fef000
main mprotect 0x7ffff7ff0000 28K rw-
main mprotect 0x7ffff7ff0000 28K rw-
main mprotect 0x7ffff7ff1000 24K rwx
main mmap 32K rwx private anon
main mmap 16K r-x private anon
main mmap 8K r-x private anon
main mmap 32K r-x private anon
main mmap 20K r-x private anon at=0x7ffff7feb000 fixed
