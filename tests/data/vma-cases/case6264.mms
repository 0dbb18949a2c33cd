title "VMA differential case 6264"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fef000 32K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 28K rwx
expect errno ENOMEM
main munmap 0x7ffff7fe3000 4K
main mprotect 0x7ffff7fe5000 24K rw-
expect errno ENOMEM
main mmap 20K rwx private anon
main mprotect 0x7ffff7ff2000 12K rwx
main mprotect 0x7ffff7ff2000 20K ---
main mprotect 0x7ffff7ff6000 4K rwx
main mprotect 0x7ffff7ff4000 12K rw-
main mmap 32K r-x private anon
main write 0x7ffff7ff5000
main write 0x7ffff7ff6000
main mmap 20K r-- private anon
main mprotect 0x7ffff7feb400 12K rwx
expect errno EINVAL
main munmap 0x7ffff7ff1000 24K
main mprotect 0x7ffff7fec000 4K r--
main mmap 16K r-x private anon
main mprotect 0x7ffff7fe8000 16K rw-
main munmap 0x7ffff7feb000 28K
