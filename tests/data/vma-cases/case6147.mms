title "VMA differential case 6147"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K r-- private anon
main mprotect 0x7ffff7ff3000 12K r--
main mmap 28K r-- private anon
main mmap 20K rw- private anon
main write 0x7ffff7fea000
main mprotect 0x7ffff7fe7000 20K rwx
main write 0x7ffff7feb000
main mprotect 0x7ffff7fe9000 20K r--
main mprotect 0x7ffff7fea000 28K r-x
main mmap 20K r-x private anon at=0x7ffff7fe9000 fixed
main write 0x7ffff7fe8000
main mmap 32K rw- private anon at=0x7ffff7fe5000 fixed
main mprotect 0x7ffff7ff1000 24K r-x
main munmap 0x7ffff7fe5000 12K
main mprotect 0x7ffff7fed000 40K rwx
main write 0x7ffff7ff5000
main mprotect 0x7ffff7fed000 40K ---
main write 0x7ffff7fe8000
main munmap 0x7ffff7fe9000 12K
main munmap 0x7ffff7feb000 32K
main mmap 20K --- private anon at=0x7ffff7fe3000 fixed
main mmap 12K r-x private anon
