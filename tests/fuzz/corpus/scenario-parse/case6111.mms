title "VMA differential case 6111"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff3000 4K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 8K rw-
expect errno ENOMEM
main mmap 12K --- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fed000 12K rwx
main write 0x7ffff7fed000
main write 0x7ffff7fef000
main mprotect 0x7ffff7fed000 12K rw-
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
