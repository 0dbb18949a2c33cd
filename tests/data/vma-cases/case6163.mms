title "VMA differential case 6163"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff5000 8K r--
main mmap 12K rw- private anon
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff2000 12K r--
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 12K rw- private anon
main munmap 0x7ffff7ff2000 8K
