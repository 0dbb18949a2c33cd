title "VMA differential case 6004"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fec000 12K
main mmap 8K --- private anon at=0x7ffff7fe9000 fixed
main mmap 24K --- private anon
main mmap 12K rw- private anon
main mmap 32K r-x private anon
main mmap 8K rw- private anon
main mmap 12K rw- private anon at=0x7ffff7fe9000 fixed
main mprotect 0x7ffff7fe2000 12K r-x
main mmap 20K r-x private anon
main mmap 4K rw- private anon at=0x7ffff7fe9000 fixed
main mmap 4K --- private anon at=0x7ffff7ff2400 fixed
expect errno EINVAL
main mprotect 0x7ffff7fde000 32K r--
main mmap 32K rw- private anon
main mmap 32K rwx private anon
main write 0x7ffff7fd1000
main munmap 0x7ffff7fe6000 32K
main mprotect 0x7ffff7ff5000 8K rwx
main mmap 4K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main munmap 0x7ffff7fde000 28K
main munmap 0x7ffff7ff6000 4K
main mmap 24K r-- private anon
main mmap 24K rw- private anon
main mmap 0K r-- private anon
expect errno EINVAL
