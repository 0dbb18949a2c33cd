title "VMA differential case 6071"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe9000 24K
main mmap 24K rw- private anon
main mmap 24K rwx private anon at=0x7ffff7feb000 fixed
main write 0x7ffff7ff6000
main mmap 28K rwx private anon at=0x7ffff7ff0000 fixed
main mmap 20K --- private anon
main mprotect 0x7ffff7fe7000 36K rw-
main mmap 8K r-- private anon
main mprotect 0x7ffff7fe9000 12K rwx
main munmap 0x7ffff7fe7000 16K
main mprotect 0x7ffff7fe9000 16K rwx
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7fec000 fixed
main write 0x7ffff7ff3000
main mmap 20K rwx private anon at=0x7ffff7fe7000 fixed
main mprotect 0x7ffff7fef000 12K ---
