title "VMA differential case 6021"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff3000 12K
main mmap 8K r-- private anon at=0x7ffff7ff1000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 4K rwx
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff4000 8K rwx
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 8K ---
main mmap 4K rw- private anon
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff6000 4K r-x
main mmap 4K rw- private anon at=0x7ffff7ff3000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 12K r--
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff2000 8K r--
main mprotect 0x7ffff7ff2000 20K rw-
main write 0x7ffff7ff6000
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff2000 20K rw-
main mprotect 0x7ffff7ff2000 20K ---
