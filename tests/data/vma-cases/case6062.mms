title "VMA differential case 6062"
machine arch=x86_64 ram=256M
spawn main
main mmap 32K --- private anon
main mmap 24K r-x private anon
main mmap 28K rw- private anon at=0x7ffff7fe8000 fixed
main mmap 24K r-x private anon
main mprotect 0x7ffff7fe7000 28K rw-
main mmap 32K r-x private anon at=0x7ffff7fda000 fixed
main munmap 0x7ffff7fe5000 20K
main mmap 32K r-x private anon at=0x7ffff7fef000 fixed
main munmap 0x7ffff7fe4000 8K
main mprotect 0x7ffff7fdb000 32K rw-
main mprotect 0x7ffff7fea000 16K rw-
main mmap 8K r-x private anon
main munmap 0x7ffff7ff2000 16K
