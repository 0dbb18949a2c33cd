title "VMA differential case 6042"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K --- private anon
main mmap 32K r-x private anon
main mprotect 0x7ffff7ff0000 28K rw-
main write 0x7ffff7ff1000
main munmap 0x7ffff7fef000 28K
main mmap 20K r-- private anon
main write 0x7ffff7ff6000
main mmap 28K rw- private anon
main munmap 0x7ffff7fe6000 12K
main mmap 8K r-- private anon at=0x7ffff7fed000 fixed
main mmap 20K rw- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7fee000 4K rwx
main mprotect 0x7ffff7fed000 8K rw-
main mmap 8K --- private anon
