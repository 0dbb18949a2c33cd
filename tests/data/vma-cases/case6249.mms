title "VMA differential case 6249"
machine arch=x86_64 ram=256M
spawn main
main mmap 28K --- private anon
main munmap 0x7ffff7fef000 32K
main mmap 20K rwx private anon
main mmap 12K rw- private anon
main write 0x7ffff7ff0000
main munmap 0x7ffff7fef000 8K
main mmap 12K --- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 20K ---
main write 0x7ffff7ff1000
main mmap 4K r-- private anon
main write 0x7ffff7ff1000
main mmap 12K r-- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fef000 4K rw-
main munmap 0x7ffff7fee000 32K
main mprotect 0x7ffff7ff6000 4K -w-
main mprotect 0x7ffff7ff1000 24K r--
expect errno ENOMEM
main write 0x7ffff7ff6000
main mmap 24K r-- private anon at=0x7ffff7fe2000 fixed
main mprotect 0x7ffff7fe2000 24K rw-
main mmap 12K r-- private anon
main write 0x7ffff7fe3000
