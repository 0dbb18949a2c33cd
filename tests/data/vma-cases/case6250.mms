title "VMA differential case 6250"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fec000 8K
main mprotect 0x7ffff7ff1000 4K rw-
expect errno ENOMEM
main mmap 12K rw- private anon
main mmap 8K --- private anon at=0x7ffff7ff3000 fixed
main mmap 8K rwx private anon
main mprotect 0x7ffff7ff3000 8K rw-
main mmap 12K rw- private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff2000 8K r--
