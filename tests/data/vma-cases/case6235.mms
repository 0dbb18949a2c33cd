title "VMA differential case 6235"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-- private anon at=0x7ffff7fec000 fixed
main mmap 28K rw- private anon
main munmap 0x7ffff7fef000 20K
main mmap 16K r-- private anon
main munmap 0x7ffff7ff1000 4K
main mmap 28K r-x private anon
main munmap 0x7ffff7ff2000 20K
main mmap 24K rw- private anon at=0x7ffff7fed000 fixed
main mmap 8K -w- private anon
main mprotect 0x7ffff7ff6000 4K r--
main mmap 24K --- private anon
main mprotect 0x7ffff7fef000 16K r--
main mprotect 0x7ffff7fec000 12K r-x
main mmap 32K rwx private anon at=0x7ffff7fed000 fixed
main mmap 0K rw- private anon
expect errno EINVAL
main munmap 0x7ffff7fec000 24K
main mmap 4K --- private anon
main write 0x7ffff7ff3000
