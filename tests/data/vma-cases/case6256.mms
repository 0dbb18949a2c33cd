title "VMA differential case 6256"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K rw- private anon
main mmap 28K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 12K rwx private anon
main write 0x7ffff7fef000
main mprotect 0x7ffff7fee000 16K r--
main mmap 16K --- private anon
main write 0x7ffff7ff3000
main mmap 20K --- private anon
main mmap 4K rwx private anon
main mprotect 0x7ffff7fea000 20K ---
main write 0x7ffff7ff3000
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff0000 20K r-x
main mmap 24K --- private anon
main mmap 4K rw- private anon at=0x7ffff7ff4000 fixed
main munmap 0x7ffff7ff3000 8K
main mprotect 0x7ffff7fe2000 12K rwx
main mmap 32K r-x private anon at=0x7ffff7fdd000 fixed
main mmap 24K r-- private anon
main mprotect 0x7ffff7ff6000 4K r-x
main mmap 32K --- private anon
main mmap 8K rw- private anon
main mmap 8K rw- private anon
