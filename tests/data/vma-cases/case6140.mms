title "VMA differential case 6140"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fef000 12K ---
expect errno ENOMEM
main mmap 32K rw- private anon
main mprotect 0x7ffff7ff0000 8K rw-
main munmap 0x7ffff7ff4000 4K
main mprotect 0x7ffff7ff1000 12K ---
main write 0x7ffff7fef000
main munmap 0x7ffff7fef000 32K
main mmap 8K --- private anon at=0x7ffff7fea000 fixed
