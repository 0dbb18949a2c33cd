title "VMA differential case 6165"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7feb000 8K
main mmap 4K r-- private anon at=0x7ffff7ff0000 fixed
main mmap 4K rw- private anon
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff0000 28K rw-
expect errno ENOMEM
main write 0x7ffff7ff0000
main write 0x7ffff7ff6000
main mmap 12K rwx private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7fee000 4K r--
expect errno ENOMEM
main write 0x7ffff7ff2000
main mmap 8K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 12K r-x private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff6000 4K rwx
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff3000 16K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff6000 4K r-x
main mmap 12K r-x private anon at=0x7ffff7ff0000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mmap 8K r-- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7ff3000 4K rw-
