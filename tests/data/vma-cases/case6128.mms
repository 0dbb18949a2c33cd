title "VMA differential case 6128"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K r-x private anon at=0x7ffff7fe1000 fixed
main mmap 28K rw- private anon
main mmap 12K --- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fe1000 20K r--
main mmap 16K r-- private anon
main mmap 28K r-x private anon
main mmap 12K rw- private anon
main write 0x7ffff7ff6000
main mprotect 0x7ffff7fee000 32K rwx
main mmap 12K r-x private anon
