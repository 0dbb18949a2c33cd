title "VMA differential case 6176"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff6000 4K rw-
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff4000 8K rwx
expect errno ENOMEM
main mprotect 0x7ffff7ff6000 4K rwx
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff5000 8K r--
main mprotect 0x7ffff7ff6000 4K rw-
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff4000 8K rw-
expect errno ENOMEM
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff2000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 12K rw-
main mmap 8K rwx private anon
