title "VMA differential case 6041"
machine arch=x86_64 ram=16M
spawn main
main mmap 8K rw- private anon
main mmap 20K rwx private anon at=0x7ffff7ff0000 fixed
main mmap 8K rwx private anon
main write 0x7ffff7ff5000
main munmap 0x7ffff7fef000 32K
main mmap 28K -w- private anon
main munmap 0x7ffff7fed000 16K
main mprotect 0x7ffff7ff1000 24K -w-
main munmap 0x7ffff7ff0000 26K
main mmap 32K -w- private anon at=0x7ffff7fe6000 fixed
main mprotect 0x7ffff7fe8000 4K rwx
main write 0x7ffff7fe7000
main mmap 12K rw- private anon
main munmap 0x7ffff7ff2000 20K
main mmap 32K --- private anon at=0x7ffff7fde000 fixed
