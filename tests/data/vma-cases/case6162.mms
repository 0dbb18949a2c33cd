title "VMA differential case 6162"
machine arch=x86_64 ram=256M
spawn main
main mmap 24K rw- private anon at=0x7ffff7fe3000 fixed
main mprotect 0x7ffff7fe4000 20K rw-
main mmap 24K rwx private anon
main mprotect 0x7ffff7fe7000 4K r--
main mprotect 0x7ffff7ff3000 8K rwx
main mmap 28K r-x private anon
main mmap 20K rw- private anon
main mmap 4K --- private anon
