title "VMA differential case 6124"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fed000 12K r--
expect errno ENOMEM
main mmap 4K r-- private anon at=0x7ffff7ff0000 fixed
main mmap 12K r-- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff4000 12K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 16K rw-
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fed000 12K rw-
expect errno ENOMEM
main mmap 8K --- private anon at=0x7ffff7ff4000 fixed
main mmap 12K r-x private anon
main mmap 12K r-- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fef000 12K ---
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff3000 12K rw-
main write 0x7ffff7ff4000
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff0000 8K rw-
main mprotect 0x7ffff7fed000 16K ---
main munmap 0x7ffff7ff0000 12K
main mmap 8K r-- private anon at=0x7ffff7ff0000 fixed
main munmap 0x7ffff7ff1000 4K
