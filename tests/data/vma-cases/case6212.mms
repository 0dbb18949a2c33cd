title "VMA differential case 6212"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fee000 4K rw-
expect errno ENOMEM
main mmap 12K r-- private anon at=0x7ffff7fe8000 fixed
main mprotect 0x7ffff7fe8000 12K rw-
main write 0x7ffff7fe9000
main mprotect 0x7ffff7fe8000 12K r--
main mmap 4K rw- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fe9000 8K rw-
main mmap 12K rwx private anon at=0x7ffff7fe9000 fixed
main mmap 12K rw- private anon
