title "VMA differential case 6261"
machine arch=x86_64 ram=16M
spawn main
main mprotect 0x7ffff7fee000 8K r-x
expect errno ENOMEM
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff4000 12K rw-
main mmap 12K r-- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff3000 16K r--
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mmap 4K rw- private anon
main munmap 0x7ffff7ff3000 4K
