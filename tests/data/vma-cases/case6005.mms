title "VMA differential case 6005"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rwx private anon
main mmap 8K rw- private anon
main mprotect 0x7ffff7fef000 32K ---
expect errno ENOMEM
main mmap 32K rwx private anon at=0x7ffff7fef000 fixed
main mmap 28K r-x private anon at=0x7ffff7ff0000 fixed
main mmap 32K --- private anon
main mprotect 0x7ffff7feb000 24K ---
main mmap 24K rw- private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff2000
main mprotect 0x7ffff7fe8000 24K rwx
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff2000 12K rwx
main write 0x7ffff7fea000
main mprotect 0x7ffff7fe7000 28K r--
main mprotect 0x7ffff7ff0000 16K ---
main mmap 4K rwx private anon at=0x7ffff7ff1000 fixed
main mmap 0K r-- private anon
expect errno EINVAL
main munmap 0x7ffff7feb000 8K
main mmap 16K rw- private anon
main write 0x7ffff7ff4000
main mprotect 0x7ffff7fe6000 20K r--
