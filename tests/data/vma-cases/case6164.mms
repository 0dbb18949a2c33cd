title "VMA differential case 6164"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff1000 4K ---
expect errno ENOMEM
main mmap 12K r-x private anon at=0x7ffff7fef000 fixed
main mmap 8K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fef000 8K rw-
main mprotect 0x7ffff7fef000 8K ---
main mmap 12K r-x private anon
main mprotect 0x7ffff7fef000 8K rw-
main mprotect 0x7ffff7fef000 32K r--
expect errno ENOMEM
main mprotect 0x7ffff7fef000 32K rwx
expect errno ENOMEM
main mprotect 0x7ffff7ff2000 8K rw-
expect errno ENOMEM
main mmap 8K r-- private anon
main mmap 8K r-x private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff3000 16K r--
main mprotect 0x7ffff7ff0000 4K r--
main munmap 0x7ffff7fef000 4K
main write 0x7ffff7ff1000
main write 0x7ffff7ff1000
main mmap 4K rwx private anon
main write 0x7ffff7fef000
main write 0x7ffff7ff1000
