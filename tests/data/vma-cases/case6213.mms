title "VMA differential case 6213"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff1000 8K r--
expect errno ENOMEM
main mmap 32K rw- private anon at=0x7ffff7fe2000 fixed
main mprotect 0x7ffff7fe3000 24K rw-
main mmap 4K rw- private anon
main mprotect 0x7ffff7fdf000 20K r--
expect errno ENOMEM
main mprotect 0x7ffff7fe8000 8K rwx
main mmap 20K rw- private anon
main mmap 24K rw- private anon
main munmap 0x7ffff7fe8000 24K
main mmap 32K rw- private anon
main write 0x7ffff7fe4000
main write 0x7ffff7fe3000
main mmap 24K rwx private anon
