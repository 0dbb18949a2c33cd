title "VMA differential case 6257"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe8000 20K
main mmap 28K rw- private anon
main mmap 20K rwx private anon
main mmap 12K rwx private anon at=0x7ffff7fe8000 fixed
main mmap 8K r-x private anon at=0x7ffff7fe6000 fixed
main mmap 32K --- private anon at=0x7ffff7fea000 fixed
main mprotect 0x7ffff7ff2000 20K rw-
main mprotect 0x7ffff7ff4000 4K rwx
main mmap 32K rw- private anon
main mmap 0K -w- private anon
expect errno EINVAL
