title "VMA differential case 6002"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 8K --- private anon
main mprotect 0x7ffff7ff2000 20K ---
main munmap 0x7ffff7ff0000 28K
main mmap 32K rw- private anon
main mmap 12K rwx private anon
main mprotect 0x7ffff7ff3000 4K ---
main mprotect 0x7ffff7ff1000 24K rwx
main write 0x7ffff7ff6000
main write 0x7ffff7ff5000
main mmap 8K --- private anon at=0x7ffff7fef000 fixed
main mmap 20K r-- private anon at=0x7ffff7feb000 fixed
main mmap 32K rwx private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fef000 32K ---
main mmap 24K --- private anon
main munmap 0x7ffff7ff2000 20K
main mmap 28K r-- private anon
main mprotect 0x7ffff7feb000 16K r--
main mmap 16K rwx private anon
main mprotect 0x7ffff7feb000 28K ---
main write 0x7ffff7ff4000
main munmap 0x7ffff7fe6000 4K
main write 0x7ffff7ff3000
