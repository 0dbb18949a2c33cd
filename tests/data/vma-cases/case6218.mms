title "VMA differential case 6218"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe2000 28K
main mmap 20K rwx private anon
main write 0x7ffff7ff3000
main mmap 16K r-- private anon
main munmap 0x7ffff7ff4000 12K
main write 0x7ffff7ff3000
main munmap 0x7ffff7ff2000 4K
main mmap 20K rwx private anon
main mmap 20K rw- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fef000 4K ---
main mmap 32K r-x private anon
main mprotect 0x7ffff7feb000 24K ---
main mmap 24K r-x private anon
main mmap 28K rwx private anon
main mmap 12K --- private anon at=0x7ffff7fdb000 fixed
main mmap 16K rw- private anon
main munmap 0x7ffff7fd0000 10K
main mmap 32K rwx private anon
