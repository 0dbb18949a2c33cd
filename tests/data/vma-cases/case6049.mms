title "VMA differential case 6049"
machine arch=x86_64 ram=256M
spawn main
main mmap 32K rw- private anon
main mmap 12K r-- private anon
main mmap 24K rw- private anon
main mprotect 0x7ffff7ff2000 4K rwx
main mmap 4K r-x private anon
main mprotect 0x7ffff7fea000 20K ---
main mmap 12K r-- private anon
main write 0x7ffff7ff6000
main mmap 32K --- private anon
main mmap 28K r-- private anon
main mprotect 0x7ffff7ff2000 4K ---
main mmap 32K -w- private anon
main mprotect 0x7ffff7ff0000 20K rw-
main mprotect 0x7ffff7ff0400 28K r--
expect errno EINVAL
main mprotect 0x7ffff7fea400 4K ---
expect errno EINVAL
main write 0x7ffff7fcc000
main munmap 0x7ffff7fe4000 8K
main mmap 20K --- private anon at=0x7ffff7fd5000 fixed
main mmap 20K -w- private anon
main mprotect 0x7ffff7fe6000 8K r-x
