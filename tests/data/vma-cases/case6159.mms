title "VMA differential case 6159"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K --- private anon
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff6000
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff2000 12K r--
main mprotect 0x7ffff7ff4000 4K rw-
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff2000 20K rw-
main mprotect 0x7ffff7fef000 8K r-x
expect errno ENOMEM
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main munmap 0x7ffff7ff4000 12K
main munmap 0x7ffff7ff6000 4K
main write 0x7ffff7ff3000
main mmap 8K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 8K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 12K rwx private anon
main mprotect 0x7ffff7ff2000 16K rwx
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff2000 20K r--
main mmap 8K rw- private anon
