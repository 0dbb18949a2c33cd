title "VMA differential case 6052"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fea000 8K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fec000 20K rw-
expect errno ENOMEM
main mmap 20K r-- private anon at=0x7ffff7ff2000 fixed
main mmap 4K --- private anon
main mmap 0K r-x private anon
expect errno EINVAL
main mmap 32K --- private anon
main mmap 4K r-x private anon at=0x7ffff7fec000 fixed
main mmap 16K rw- private anon
main munmap 0x7ffff7fec000 16K
main mmap 16K r-- private anon
main mmap 20K --- private anon at=0x7ffff7ff1000 fixed
main mmap 12K r-- private anon
main write 0x7ffff7fe7000
main mmap 8K rwx private anon
main write 0x7ffff7fe7000
main mmap 28K rwx private anon at=0x7ffff7fd9000 fixed
main write 0x7ffff7fe7000
main mmap 4K rw- private anon
main mmap 4K --- private anon at=0x7ffff7fec000 fixed
main mmap 20K rwx private anon
main mprotect 0x7ffff7fd8000 68K r-x
