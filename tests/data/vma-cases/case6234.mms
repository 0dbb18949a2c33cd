title "VMA differential case 6234"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff1000 12K
main mprotect 0x7ffff7ff6000 4K rw-
expect errno ENOMEM
main mmap 12K r-- private anon at=0x7ffff7ff0000 fixed
main mmap 8K rw- private anon
main write 0x7ffff7ff5000
main mmap 12K --- private anon
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff5000 8K r--
main mprotect 0x7ffff7fef000 4K rwx
main mprotect 0x7ffff7fee000 4K r--
main mprotect 0x7ffff7ff0000 12K rw-
main mprotect 0x7ffff7ff4000 12K rw-
expect errno ENOMEM
main mmap 12K rw- private anon at=0x7ffff7fef000 fixed
main mmap 8K r-- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 8K r--
main mprotect 0x7ffff7fea000 8K rwx
expect errno ENOMEM
