title "VMA differential case 6223"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fee000 8K
main mmap 8K rw- private anon at=0x7ffff7fea000 fixed
main munmap 0x7ffff7fe9000 8K
main mprotect 0x7ffff7feb000 4K rwx
main write 0x7ffff7feb000
main write 0x7ffff7feb000
main write 0x7ffff7feb000
main write 0x7ffff7feb000
main mprotect 0x7ffff7fec000 12K r-x
expect errno ENOMEM
main mmap 8K --- private anon at=0x7ffff7fe9000 fixed
main mmap 8K rw- private anon
main mmap 8K r-- private anon at=0x7ffff7fe7000 fixed
main mprotect 0x7ffff7fe9000 56K r-x
expect errno ENOMEM
main mmap 12K rwx private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7ff5000 8K rw-
