title "VMA differential case 6038"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fee000 4K
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mmap 4K r-- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7feb000 4K r--
main mprotect 0x7ffff7fea000 4K r-x
expect errno ENOMEM
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main munmap 0x7ffff7ff1000 8K
main mprotect 0x7ffff7fea000 8K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fed000 8K rwx
main mmap 8K rwx private anon at=0x7ffff7fec000 fixed
main mmap 12K --- private anon at=0x7ffff7fec000 fixed
main write 0x7ffff7ff0000
main mprotect 0x7ffff7fed000 8K rw-
main mprotect 0x7ffff7ff0000 4K ---
main mmap 12K rw- private anon at=0x7ffff7feb000 fixed
