title "VMA differential case 6160"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fed000 4K
main mmap 28K r-x private anon
main mmap 32K r-x private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fef000 32K ---
main mprotect 0x7ffff7ff1000 16K r-x
main mmap 8K rw- private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff2000
main mmap 16K rwx private anon
main mprotect 0x7ffff7ff4000 8K ---
main mmap 20K r-- private anon at=0x7ffff7fec000 fixed
