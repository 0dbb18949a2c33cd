title "VMA differential case 6201"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe9000 16K
main mprotect 0x7ffff7fe8000 8K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fe2000 32K -w-
expect errno ENOMEM
main mmap 8K r-x private anon
main mmap 4K rw- private anon at=0x7ffff7ff6400 fixed
expect errno EINVAL
main mprotect 0x7ffff7ff5000 8K rw-
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
