title "VMA differential case 6173"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fef000 8K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fee000 12K r-x
expect errno ENOMEM
main mprotect 0x7ffff7ff5000 4K rwx
expect errno ENOMEM
main mmap 12K r-- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff3000 12K r-x
main mprotect 0x7ffff7ff4000 12K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 8K rw-
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff5000 8K rwx
expect errno ENOMEM
main write 0x7ffff7ff4000
main write 0x7ffff7ff5000
main munmap 0x7ffff7ff5000 4K
main mprotect 0x7ffff7ff4000 4K r--
main mprotect 0x7ffff7ff3000 4K rwx
main mmap 4K rwx private anon
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff5000 8K rw-
