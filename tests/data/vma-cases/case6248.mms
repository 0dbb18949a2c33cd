title "VMA differential case 6248"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff3000 16K
main mprotect 0x7ffff7fea000 8K ---
expect errno ENOMEM
main mmap 8K --- private anon
main mprotect 0x7ffff7ff3000 16K rw-
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mmap 32K r-x private anon
main munmap 0x7ffff7ff3000 4K
main mmap 28K rwx private anon at=0x7ffff7ff0400 fixed
expect errno EINVAL
main write 0x7ffff7ff6000
main mmap 32K rwx private anon
main mprotect 0x7ffff7fe7000 16K r-x
main munmap 0x7ffff7fe4000 16K
main mprotect 0x7ffff7fea000 32K rwx
main write 0x7ffff7feb000
main mmap 12K rw- private anon
main mmap 4K r-- private anon
main mprotect 0x7ffff7fe8000 44K rwx
main mmap 32K rwx private anon
main mmap 16K rw- private anon at=0x7ffff7ff1000 fixed
