title "VMA differential case 6289"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fed000 8K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 24K rwx
expect errno ENOMEM
main mmap 0K r-x private anon
expect errno EINVAL
main munmap 0x7ffff7ff3000 4K
main mmap 32K r-- private anon
main mmap 12K --- private anon at=0x7ffff7fec000 fixed
main mmap 32K rw- private anon
main mmap 12K rwx private anon
main mprotect 0x7ffff7fe4000 8K rw-
main mprotect 0x7ffff7fee000 16K rw-
main mmap 8K r-x private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff0000
main mmap 20K rw- private anon
main mmap 20K rw- private anon
main mprotect 0x7ffff7fec000 28K rwx
