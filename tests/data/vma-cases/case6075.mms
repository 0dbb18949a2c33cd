title "VMA differential case 6075"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K --- private anon at=0x7ffff7ff1000 fixed
main munmap 0x7ffff7ff1000 12K
main mmap 4K r-- private anon at=0x7ffff7fea000 fixed
main mmap 12K --- private anon at=0x7ffff7fe9000 fixed
main mmap 8K rw- private anon at=0x7ffff7fe7000 fixed
main mprotect 0x7ffff7fe7000 20K rw-
main write 0x7ffff7fea000
main mprotect 0x7ffff7fe7000 12K rw-
main mprotect 0x7ffff7fe9000 8K r-x
main mmap 4K r-- private anon at=0x7ffff7fea000 fixed
main mmap 4K rw- private anon at=0x7ffff7fe6000 fixed
main mprotect 0x7ffff7fe9000 4K r--
main write 0x7ffff7feb000
main write 0x7ffff7feb000
main mmap 4K rw- private anon
main write 0x7ffff7feb000
main mprotect 0x7ffff7fe9000 4K rw-
main mmap 8K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fe8000 8K r--
main mmap 4K r-x private anon
main mprotect 0x7ffff7fe6000 12K rw-
main write 0x7ffff7fe7000
main mprotect 0x7ffff7fea000 4K r--
main mmap 4K rwx private anon
main write 0x7ffff7feb000
