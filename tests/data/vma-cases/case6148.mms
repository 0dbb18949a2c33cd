title "VMA differential case 6148"
machine arch=x86_64 ram=256M
spawn main
main mmap 28K -w- private anon
main mmap 16K r-- private anon
main munmap 0x7ffff7ff2000 20K
main munmap 0x7ffff7ff1000 8K
main write 0x7ffff7ff0000
main write 0x7ffff7ff0000
main mmap 32K rw- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff5000
main mmap 20K rw- private anon at=0x7ffff7fe7000 fixed
main munmap 0x7ffff7fee000 32K
main mmap 4K --- private anon
