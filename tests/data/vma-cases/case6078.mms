title "VMA differential case 6078"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rwx private anon
main mmap 8K --- private anon
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff4000 12K r-x
main mprotect 0x7ffff7ff2000 20K rw-
main mmap 8K r-x private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff5000 8K rw-
main write 0x7ffff7ff6000
main munmap 0x7ffff7ff2000 4K
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff3000 16K rw-
main write 0x7ffff7ff3000
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff3000 16K r--
main mprotect 0x7ffff7ff4000 12K r--
main mprotect 0x7ffff7ff3000 16K rw-
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff2000 4K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff3000 16K rw-
main mprotect 0x7ffff7ff3000 16K rw-
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
