title "VMA differential case 6175"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fef400 32K rw-
expect errno EINVAL
main munmap 0x7ffff7ff0000 8K
main munmap 0x7ffff7fe6000 4K
main mmap 4K r-- private anon
main mmap 28K r-- private anon
main mmap 4K r-- private anon at=0x7ffff7fee000 fixed
main mmap 28K --- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fee000 12K rw-
main mmap 32K rwx private anon
