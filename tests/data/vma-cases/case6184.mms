title "VMA differential case 6184"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff0000 20K
main mprotect 0x7ffff7fe3000 20K r--
expect errno ENOMEM
main munmap 0x7ffff7ff4000 12K
main mmap 20K r-- private anon
main mmap 4K --- private anon at=0x7ffff7ff6000 fixed
main munmap 0x7ffff7ff0000 28K
main mmap 32K rwx private anon
main mmap 28K --- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7fef000
main mmap 28K rw- private anon
main mmap 8K rw- private anon
main mprotect 0x7ffff7fef000 32K rw-
main write 0x7ffff7fec000
main mmap 12K r-x private anon
main write 0x7ffff7ff2000
main mprotect 0x7ffff7fe3000 80K ---
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mmap 32K rwx private anon
main mmap 32K --- private anon
main mprotect 0x7ffff7feb000 24K r--
main mmap 4K r-- private anon
main munmap 0x7ffff7fe5000 4K
