title "VMA differential case 6023"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fed000 4K ---
expect errno ENOMEM
main mprotect 0x7ffff7fec000 8K r--
expect errno ENOMEM
main mmap 4K --- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff6000 4K rw-
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff6000 4K rwx
main mmap 8K r-- private anon
main mprotect 0x7ffff7ff4000 12K rw-
main mprotect 0x7ffff7ff5000 4K r--
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff3000 4K r--
main write 0x7ffff7ff4000
main mmap 12K rwx private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff5000 8K ---
main mprotect 0x7ffff7ff4000 4K r--
main write 0x7ffff7ff3000
main mmap 4K r-- private anon
main write 0x7ffff7ff2000
main mmap 8K rwx private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff2000 16K r--
main mprotect 0x7ffff7ff2000 12K rwx
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 8K rw- private anon at=0x7ffff7ff4000 fixed
