title "VMA differential case 6029"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K --- private anon
main mmap 8K rw- private anon
main mmap 4K --- private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff5000
main mmap 12K r-- private anon
main write 0x7ffff7ff4000
main mmap 4K --- private anon
main mprotect 0x7ffff7fef000 28K r--
main mmap 4K r-x private anon
main mmap 12K rw- private anon at=0x7ffff7fef000 fixed
main mmap 4K --- private anon at=0x7ffff7ff2000 fixed
main munmap 0x7ffff7ff0000 12K
main write 0x7ffff7fef000
main mmap 4K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fef000 4K r--
main mprotect 0x7ffff7ff1000 4K rwx
expect errno ENOMEM
main mmap 8K rw- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff3000 8K rw-
main mprotect 0x7ffff7ff4000 12K rwx
main mprotect 0x7ffff7fef000 20K r--
expect errno ENOMEM
main munmap 0x7ffff7ff3000 4K
main mmap 4K r-- private anon at=0x7ffff7ff2000 fixed
main munmap 0x7ffff7ff2000 12K
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7fed000 12K ---
