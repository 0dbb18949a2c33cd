title "VMA differential case 6178"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe8000 4K rw-
expect errno ENOMEM
main mmap 4K rwx private anon at=0x7ffff7fed000 fixed
main write 0x7ffff7fed000
main mprotect 0x7ffff7fed000 4K rw-
main write 0x7ffff7fed000
main write 0x7ffff7fed000
main mprotect 0x7ffff7fed000 4K rwx
main mmap 8K r-- private anon
