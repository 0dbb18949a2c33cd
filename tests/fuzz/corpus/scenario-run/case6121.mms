title "VMA differential case 6121"
machine arch=x86_64 ram=16M
spawn main
main munmap 0x7ffff7ff1000 4K
main mmap 16K rwx private anon
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff3000
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff1000 24K r--
main mmap 28K rwx private anon
main munmap 0x7ffff7ff2000 8K
