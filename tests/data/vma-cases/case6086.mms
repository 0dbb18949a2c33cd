title "VMA differential case 6086"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff5000 8K rwx
main mmap 28K r-x private anon
main mmap 8K r-x private anon
main mmap 4K rw- private anon
main mmap 28K r-- private anon at=0x7ffff7fde000 fixed
main write 0x7ffff7feb000
main mmap 12K rw- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7fdf000 12K rw-
main mmap 12K --- private anon
