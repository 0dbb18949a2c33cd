title "VMA differential case 6258"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff5000 8K rwx
main mmap 4K r-- private anon
main mprotect 0x7ffff7ff4000 4K rwx
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff4000 4K r--
main write 0x7ffff7ff5000
main mmap 32K rw- private anon
main mmap 16K r-- private anon
main mprotect 0x7ffff7fee000 28K -w-
main mmap 16K rw- private anon
main mmap 4K r-- private anon at=0x7ffff7fec000 fixed
main mmap 32K r-x private anon at=0x7ffff7fed000 fixed
