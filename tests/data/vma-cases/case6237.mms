title "VMA differential case 6237"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K rwx private anon
main mprotect 0x7ffff7ff3000 8K r--
main mmap 20K rwx private anon at=0x7ffff7ff0000 fixed
main mmap 28K rwx private anon
main mmap 0K rw- private anon
expect errno EINVAL
main mmap 16K rwx private anon at=0x7ffff7fe8000 fixed
main mprotect 0x7ffff7ff2000 20K r-x
main mmap 4K --- private anon at=0x7ffff7ff0000 fixed
main munmap 0x7ffff7fef000 12K
main write 0x7ffff7fed000
main munmap 0x7ffff7fec000 24K
main munmap 0x7ffff7ff2000 12K
main mmap 24K r-- private anon at=0x7ffff7fe2000 fixed
main mmap 32K -w- private anon
main mmap 24K --- private anon at=0x7ffff7fe8000 fixed
main mmap 16K rw- private anon at=0x7ffff7fe2000 fixed
main mprotect 0x7ffff7fe4000 16K ---
