title "VMA differential case 6056"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rwx private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fef000 8K rw-
main mprotect 0x7ffff7ff0000 4K rw-
main mprotect 0x7ffff7fec000 8K rw-
expect errno ENOMEM
main munmap 0x7ffff7fef000 12K
main munmap 0x7ffff7ff4000 8K
main mmap 4K r-x private anon at=0x7ffff7fed000 fixed
main mmap 8K r-x private anon
main mmap 8K rwx private anon
main write 0x7ffff7ff4000
main mprotect 0x7ffff7fed000 4K rw-
main munmap 0x7ffff7fec000 12K
main mprotect 0x7ffff7ff5000 8K rw-
main mprotect 0x7ffff7ff2000 12K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff5000 8K rw-
main write 0x7ffff7ff4000
main write 0x7ffff7ff3000
main munmap 0x7ffff7fef000 12K
main mprotect 0x7ffff7ff3000 8K rw-
