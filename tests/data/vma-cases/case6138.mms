title "VMA differential case 6138"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff3000 12K r-x
expect errno ENOMEM
main munmap 0x7ffff7ff3000 8K
main mmap 4K rw- private anon
main mmap 20K r-- private anon at=0x7ffff7ff2000 fixed
main mmap 4K rw- private anon
main munmap 0x7ffff7fef000 32K
main mmap 4K rwx private anon
main mprotect 0x7ffff7ff6000 4K r-x
