title "VMA differential case 6217"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K rw- private anon
main mmap 4K r-- private anon
main munmap 0x7ffff7ff4000 12K
main mmap 28K rw- private anon
main mmap 4K rw- private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7ff1000 24K
main mprotect 0x7ffff7fed000 12K rwx
main mprotect 0x7ffff7fe2000 4K r-x
expect errno ENOMEM
main mprotect 0x7ffff7feb000 24K rwx
