title "VMA differential case 6144"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K rwx private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff1000 4K rw-
main munmap 0x7ffff7ff2000 8K
main mprotect 0x7ffff7ff1000 4K r--
main mmap 8K rw- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff2000 4K r-x
main write 0x7ffff7ff1000
main write 0x7ffff7ff1000
main mmap 4K rwx private anon
main mmap 8K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff1000 4K rw-
main mprotect 0x7ffff7fec000 8K r--
expect errno ENOMEM
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff2000 20K r--
expect errno ENOMEM
main mmap 12K rw- private anon at=0x7ffff7fef000 fixed
main mmap 8K rw- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff4000 12K rw-
