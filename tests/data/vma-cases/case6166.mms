title "VMA differential case 6166"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rw- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff5000 8K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 8K r--
main mprotect 0x7ffff7ff4000 8K rwx
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff6000
main munmap 0x7ffff7ff3000 12K
main mprotect 0x7ffff7ff4000 12K r-x
expect errno ENOMEM
main mmap 12K --- private anon
main mmap 8K r-- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff4000 12K r-x
main mmap 12K r-- private anon at=0x7ffff7ff1000 fixed
main mmap 4K rwx private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff2000 8K rwx
main mmap 4K r-x private anon at=0x7ffff7ff6000 fixed
main mmap 8K --- private anon at=0x7ffff7ff2000 fixed
