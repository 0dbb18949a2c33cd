title "VMA differential case 6020"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff0000 4K
main mprotect 0x7ffff7ff3000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 4K r-x
expect errno ENOMEM
main munmap 0x7ffff7feb000 4K
main mmap 4K r-x private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff0000 4K r-x
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 4K ---
main mmap 4K rw- private anon at=0x7ffff7ff2000 fixed
