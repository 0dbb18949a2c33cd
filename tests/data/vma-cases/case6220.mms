title "VMA differential case 6220"
machine arch=x86_64 ram=256M
spawn main
main mmap 24K rw- private anon
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff1000 24K r-x
main mmap 8K rwx private anon
main write 0x7ffff7ff0000
main mmap 20K rwx private anon at=0x7ffff7ff1000 fixed
main mmap 4K --- private anon
main mprotect 0x7ffff7fee000 24K r--
main munmap 0x7ffff7ff0000 28K
main mmap 20K rw- private anon
