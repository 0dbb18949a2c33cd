title "VMA differential case 6126"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rw- private anon at=0x7ffff7ff3000 fixed
main munmap 0x7ffff7ff2000 20K
main mmap 20K --- private anon
main munmap 0x7ffff7ff1000 8K
main mmap 32K r-x private anon at=0x7ffff7fef000 fixed
main mmap 20K rw- private anon
main mmap 32K rwx private anon at=0x7ffff7fef000 fixed
main munmap 0x7ffff7ff0000 8K
main mmap 32K rw- private anon
main mprotect 0x7ffff7ff3000 16K r--
main munmap 0x7ffff7ff0000 28K
main mprotect 0x7ffff7fe6000 4K ---
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mmap 20K r-- private anon
main mmap 20K rw- private anon
main mmap 32K r-- private anon
main mmap 4K rwx private anon
