title "VMA differential case 6157"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rw- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff1000 12K r-x
main mprotect 0x7ffff7ff4000 4K ---
expect errno ENOMEM
main mmap 8K --- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff4000 4K rw-
main mprotect 0x7ffff7ff1000 8K rwx
main write 0x7ffff7ff1000
main mprotect 0x7ffff7ff3000 4K rw-
main write 0x7ffff7ff1000
main write 0x7ffff7ff1000
main mprotect 0x7ffff7ff1000 16K rw-
main write 0x7ffff7ff3000
main write 0x7ffff7ff2000
