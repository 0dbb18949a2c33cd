title "VMA differential case 6142"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff5000 8K r--
expect errno ENOMEM
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff6000
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main write 0x7ffff7ff5000
main mmap 8K rwx private anon
main mprotect 0x7ffff7ff3000 4K rw-
main write 0x7ffff7ff4000
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff3000 16K r--
main mprotect 0x7ffff7ff6000 4K rwx
main mprotect 0x7ffff7ff3000 16K r--
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff3000 16K rw-
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff5000 4K rw-
main mmap 12K --- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff2000
