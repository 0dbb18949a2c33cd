title "VMA differential case 6297"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe2000 28K ---
expect errno ENOMEM
main mmap 20K r-- private anon at=0x7ffff7ff0000 fixed
main munmap 0x7ffff7fee800 12K
expect errno EINVAL
main mprotect 0x7ffff7ff3000 4K r-x
main mmap 12K rw- private anon
main mmap 8K --- private anon at=0x7ffff7ff5000 fixed
main mmap 8K --- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7ff4000 8K r--
main mprotect 0x7ffff7ff5000 4K ---
main mmap 28K rwx private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff1000 16K r--
