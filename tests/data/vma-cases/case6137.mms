title "VMA differential case 6137"
machine arch=x86_64 ram=256M
spawn main
main mmap 24K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 20K rwx private anon at=0x7ffff7fec000 fixed
main mmap 28K rwx private anon at=0x7ffff7ff0400 fixed
expect errno EINVAL
main munmap 0x7ffff7ff1000 20K
main mmap 20K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 16K rwx private anon
main mprotect 0x7ffff7ff0400 28K rwx
expect errno EINVAL
main mmap 8K r-- private anon
main mprotect 0x7ffff7fea000 16K ---
