title "VMA differential case 6150"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff3000 12K rw-
expect errno ENOMEM
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mmap 8K --- private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff4000 12K rw-
main mprotect 0x7ffff7ff2000 8K r--
main write 0x7ffff7ff6000
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff2000 20K r--
main mprotect 0x7ffff7ff2000 4K ---
main munmap 0x7ffff7ff4000 8K
main mprotect 0x7ffff7ff2000 20K rw-
expect errno ENOMEM
main write 0x7ffff7ff3000
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff4000 12K rwx
main mprotect 0x7ffff7ff2000 20K rw-
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 20K rw-
main mprotect 0x7ffff7ff3000 16K rw-
main mprotect 0x7ffff7ff2000 16K ---
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
