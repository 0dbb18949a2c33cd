title "VMA differential case 6251"
machine arch=x86_64 ram=16M
spawn main
main mmap 8K r-x private anon at=0x7ffff7ff0000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff2000 fixed
main mmap 8K r-- private anon at=0x7ffff7fee000 fixed
main mmap 4K r-- private anon
main mmap 4K r-- private anon
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7fef000 4K rw-
main mmap 8K rw- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7fef000 20K ---
main mprotect 0x7ffff7ff5000 8K r-x
main mmap 12K r-- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7fec000 12K rw-
main write 0x7ffff7fec000
main write 0x7ffff7fee000
main munmap 0x7ffff7ff1000 8K
