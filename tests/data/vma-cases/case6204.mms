title "VMA differential case 6204"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff6000 4K r--
expect errno ENOMEM
main mprotect 0x7ffff7fef000 8K rw-
expect errno ENOMEM
main mmap 12K r-- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff1000 8K rw-
main munmap 0x7ffff7ff3000 12K
main mprotect 0x7ffff7ff1000 8K r-x
main mmap 12K r-- private anon at=0x7ffff7ff1000 fixed
main mmap 8K r-- private anon at=0x7ffff7fee000 fixed
main mmap 8K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff0000 16K rwx
main mprotect 0x7ffff7ff0000 28K r-x
main mprotect 0x7ffff7ff0000 28K r-x
