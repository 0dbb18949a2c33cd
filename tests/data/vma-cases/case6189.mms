title "VMA differential case 6189"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fea000 4K
main mmap 12K --- private anon at=0x7ffff7ff2000 fixed
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main mmap 12K r-- private anon
main mmap 4K --- private anon at=0x7ffff7ff2000 fixed
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff1000 4K ---
main mmap 8K r-- private anon at=0x7ffff7ff2000 fixed
main mmap 4K r-- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fef000 8K r--
main mmap 4K r-- private anon at=0x7ffff7fee000 fixed
main mmap 4K r-x private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff2000 20K r--
main mprotect 0x7ffff7ff1000 12K ---
main mprotect 0x7ffff7ff0000 12K rw-
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
