title "VMA differential case 6156"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff2000 4K r--
expect errno ENOMEM
main munmap 0x7ffff7ff6000 4K
main munmap 0x7ffff7ff4000 12K
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff5000 4K rw-
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff5000 8K r-x
main mprotect 0x7ffff7ff5000 8K rw-
main mprotect 0x7ffff7ff5000 8K rw-
main mprotect 0x7ffff7ff6000 4K rw-
main write 0x7ffff7ff5000
main write 0x7ffff7ff5000
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff5000 8K r--
main mprotect 0x7ffff7ff5000 8K r-x
