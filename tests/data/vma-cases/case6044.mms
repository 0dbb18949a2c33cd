title "VMA differential case 6044"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rwx private anon
main mmap 8K r-x private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff6000
main mmap 8K rw- private anon
main write 0x7ffff7ff5000
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff1000 16K r--
main write 0x7ffff7ff0000
main munmap 0x7ffff7ff0000 8K
main mmap 8K r-- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff2000 20K rwx
main mprotect 0x7ffff7ff2000 20K rwx
main write 0x7ffff7ff6000
main write 0x7ffff7ff5000
main mmap 12K --- private anon
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main mmap 8K rwx private anon
