title "VMA differential case 6082"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K r-x private anon
main mmap 16K rw- private anon
main mprotect 0x7ffff7fef000 32K ---
main munmap 0x7ffff7fef000 32K
main mmap 16K --- private anon at=0x7ffff7fe2000 fixed
main mmap 16K --- private anon at=0x7ffff7fe6000 fixed
main mprotect 0x7ffff7fe3000 16K r--
main mmap 4K r-x private anon
main mmap 24K rw- private anon
main write 0x7ffff7ff1000
main mprotect 0x7ffff7fe3000 80K ---
expect errno ENOMEM
main mmap 16K --- private anon
main mprotect 0x7ffff7ff0000 28K rw-
main mprotect 0x7ffff7ff3000 16K rw-
main munmap 0x7ffff7fea800 28K
expect errno EINVAL
