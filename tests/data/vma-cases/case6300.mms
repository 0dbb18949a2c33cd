title "VMA differential case 6300"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K rw- private anon at=0x7ffff7fe1000 fixed
main munmap 0x7ffff7fe2000 28K
main mmap 32K r-- private anon
main mmap 24K rw- private anon
main mprotect 0x7ffff7ff4000 12K r-x
main munmap 0x7ffff7ff0000 28K
main mmap 32K rw- private anon
main mmap 32K --- private anon
main munmap 0x7ffff7fec000 4K
main mmap 32K r-- private anon
main mmap 20K r-x private anon
main mmap 8K rw- private anon
main mmap 28K rw- private anon
main mmap 8K rw- private anon
main mmap 20K r-x private anon
main mmap 12K --- private anon at=0x7ffff7fd6000 fixed
