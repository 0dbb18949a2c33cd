title "VMA differential case 6072"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff2000 12K
main mprotect 0x7ffff7fed000 8K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 12K r--
expect errno ENOMEM
main mprotect 0x7ffff7feb000 8K r--
expect errno ENOMEM
main mprotect 0x7ffff7fed000 12K rwx
expect errno ENOMEM
main mmap 12K r-- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff3000 8K rwx
expect errno ENOMEM
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff1000
main mmap 8K r-- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff2000 4K r--
main mprotect 0x7ffff7fef000 16K rw-
main mmap 4K r-- private anon
main write 0x7ffff7ff0000
main mmap 4K --- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff4000 4K rw-
expect errno ENOMEM
main write 0x7ffff7ff1000
main mprotect 0x7ffff7ff0000 8K r--
main mmap 4K rwx private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff0000 16K r-x
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7fef000 32K r--
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7fee000 fixed
main mmap 4K rw- private anon at=0x7ffff7ff5000 fixed
