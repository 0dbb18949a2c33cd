title "VMA differential case 6259"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff5000 8K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff5000 4K rwx
expect errno ENOMEM
main mmap 8K r-x private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fee000 8K rw-
main mprotect 0x7ffff7ff1000 4K rw-
expect errno ENOMEM
main write 0x7ffff7fee000
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff6000 4K r--
main write 0x7ffff7ff5000
main mmap 12K rw- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fed000 8K rwx
expect errno ENOMEM
