title "VMA differential case 6107"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K --- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff5000 8K ---
main mmap 4K r-- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff5000 8K r--
main mmap 4K rwx private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff5000 8K rw-
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff6000 4K r-x
main mmap 4K rw- private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff5000
main mmap 12K rwx private anon
main mmap 4K --- private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff4000 8K rw-
main mprotect 0x7ffff7ff4000 12K r--
main mprotect 0x7ffff7ff6000 4K r--
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff4000 8K rwx
main mprotect 0x7ffff7ff2000 20K r--
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff2000 4K ---
