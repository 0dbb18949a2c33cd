title "VMA differential case 6135"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fed000 24K rw-
expect errno ENOMEM
main mmap 16K rw- private anon
main munmap 0x7ffff7ff2000 20K
main munmap 0x7ffff7fed800 12K
expect errno EINVAL
main mmap 16K rw- private anon at=0x7ffff7fec000 fixed
main write 0x7ffff7fed000
main write 0x7ffff7fec000
main write 0x7ffff7fef000
main write 0x7ffff7fef000
main mmap 4K r-- private anon
main write 0x7ffff7fed000
main write 0x7ffff7fef000
main mprotect 0x7ffff7fec000 16K r-x
main mmap 4K --- private anon
main mmap 24K r-x private anon
