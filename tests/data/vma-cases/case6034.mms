title "VMA differential case 6034"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon at=0x7ffff7fee000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff2000
main munmap 0x7ffff7fed000 8K
main mprotect 0x7ffff7ff2000 8K ---
main mmap 4K rwx private anon at=0x7ffff7ff2000 fixed
main mmap 8K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fef000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fef000 4K ---
main write 0x7ffff7ff2000
main mmap 8K r-- private anon
main mmap 8K --- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7fed000 12K rw-
main write 0x7ffff7fef000
main mprotect 0x7ffff7ff1000 16K rw-
main mmap 4K r-x private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff2000
main mmap 4K rwx private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff4000 4K r--
main write 0x7ffff7fef000
main mmap 8K rw- private anon at=0x7ffff7fed000 fixed
main write 0x7ffff7fee000
main mmap 4K rw- private anon
main write 0x7ffff7fef000
main write 0x7ffff7ff0000
