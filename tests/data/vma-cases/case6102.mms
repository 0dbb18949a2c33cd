title "VMA differential case 6102"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon
main munmap 0x7ffff7ff5000 4K
main mprotect 0x7ffff7ff6000 4K r-x
main mprotect 0x7ffff7ff3000 4K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff1000 4K ---
expect errno ENOMEM
main mmap 8K r-- private anon at=0x7ffff7ff2000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mmap 4K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff2000 20K rw-
main mprotect 0x7ffff7ff4000 12K rw-
main mmap 4K r-x private anon at=0x7ffff7ff1000 fixed
main mmap 12K --- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff3000 4K r--
main mprotect 0x7ffff7ff4000 12K r--
main mprotect 0x7ffff7ff0000 28K rw-
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff4000 8K rw-
main mmap 8K rw- private anon at=0x7ffff7ff1000 fixed
