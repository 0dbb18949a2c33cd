title "VMA differential case 6136"
machine arch=x86_64 ram=256M
spawn main
main mmap 32K r-x private anon at=0x7ffff7fef000 fixed
main mmap 32K r-- private anon at=0x7ffff7fef000 fixed
main mmap 4K r-- private anon
main mmap 4K -w- private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff2000
main mprotect 0x7ffff7fed000 20K rwx
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 28K -w-
main mmap 28K --- private anon at=0x7ffff7fe9000 fixed
main munmap 0x7ffff7fed000 20K
main munmap 0x7ffff7fef000 8K
main mmap 28K --- private anon
main mmap 24K rwx private anon at=0x7ffff7fe3000 fixed
main mmap 24K r-- private anon
main mprotect 0x7ffff7fe4400 8K r--
expect errno EINVAL
main mmap 0K rw- private anon
expect errno EINVAL
main mprotect 0x7ffff7ff3000 4K rwx
main mmap 12K rw- private anon
