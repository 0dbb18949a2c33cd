title "VMA differential case 6003"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 4K --- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 4K --- private anon
main mprotect 0x7ffff7ff4000 12K ---
main mprotect 0x7ffff7ff5000 8K rwx
main mprotect 0x7ffff7ff4000 12K rwx
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff4000 12K rw-
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff4000 12K r--
main mmap 12K rw- private anon
main munmap 0x7ffff7ff4000 12K
main mmap 8K r-- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff1000
main mprotect 0x7ffff7fef000 16K r--
main write 0x7ffff7ff3000
