title "VMA differential case 6109"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe2000 8K
main mmap 4K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 24K rwx private anon
main mmap 16K rw- private anon
main munmap 0x7ffff7ff3000 16K
main mmap 4K rwx private anon at=0x7ffff7ff0000 fixed
main mmap 28K rw- private anon
main mprotect 0x7ffff7fe5000 28K rwx
main mmap 12K rwx private anon
main mprotect 0x7ffff7fe5000 36K r--
