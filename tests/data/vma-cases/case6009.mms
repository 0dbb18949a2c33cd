title "VMA differential case 6009"
machine arch=x86_64 ram=256M
spawn main
main mmap 28K rwx private anon
main write 0x7ffff7ff6000
main mmap 20K -w- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 20K rwx
main mmap 28K rwx private anon at=0x7ffff7ff0000 fixed
main mmap 8K r-- private anon
main mmap 20K --- private anon
main mprotect 0x7ffff7ff0000 28K r--
main mmap 4K -w- private anon at=0x7ffff7ff5000 fixed
main munmap 0x7ffff7ff3000 16K
main munmap 0x7ffff7fec000 8K
