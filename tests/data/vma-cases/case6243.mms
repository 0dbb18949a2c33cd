title "VMA differential case 6243"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 4K rw-
main mprotect 0x7ffff7ff4000 8K r-x
main mmap 4K rw- private anon
main mmap 4K rwx private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff3000 4K rw-
main mmap 4K --- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff3000 16K rw-
main mmap 4K r-x private anon at=0x7ffff7ff3000 fixed
main mmap 8K --- private anon
main mprotect 0x7ffff7ff1000 12K r-x
main mprotect 0x7ffff7ff1000 12K r-x
main mmap 8K rw- private anon
main mmap 8K rw- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff5000
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fed000 4K rw-
expect errno ENOMEM
main write 0x7ffff7ff1000
