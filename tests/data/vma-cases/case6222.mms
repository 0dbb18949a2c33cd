title "VMA differential case 6222"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 32K r-- private anon
main mmap 28K --- private anon
main mprotect 0x7ffff7ff6000 4K r-x
main munmap 0x7ffff7feb000 8K
main mmap 4K rw- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7fee000 28K rwx
main mprotect 0x7ffff7fe8000 8K -w-
main write 0x7ffff7ff4000
main munmap 0x7ffff7fea000 8K
main mmap 28K rw- private anon
main mmap 0K r-x private anon
expect errno EINVAL
main mmap 28K r-- private anon at=0x7ffff7fef000 fixed
main mmap 20K r-- private anon
main mmap 28K r-x private anon at=0x7ffff7ff0000 fixed
