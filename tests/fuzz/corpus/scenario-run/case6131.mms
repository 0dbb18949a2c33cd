title "VMA differential case 6131"
machine arch=x86_64 ram=16M
spawn main
main mmap 8K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 12K rw- private anon at=0x7ffff7fef000 fixed
main munmap 0x7ffff7ff1000 8K
main mprotect 0x7ffff7ff0000 4K rw-
main mmap 4K rw- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7fef000 4K r-x
main mprotect 0x7ffff7ff0000 8K r--
main mprotect 0x7ffff7ff1000 12K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 4K rw-
main mmap 4K r-- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff1000
main write 0x7ffff7ff1000
main write 0x7ffff7ff1000
main mprotect 0x7ffff7fef000 12K r-x
main mprotect 0x7ffff7ff0000 8K ---
main mmap 4K rw- private anon
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fef000 4K r--
main mmap 8K r-x private anon
main write 0x7ffff7ff6000
main mmap 8K rw- private anon at=0x7ffff7fed000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 4K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 8K rw- private anon
main mmap 12K rw- private anon
