title "VMA differential case 6208"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K --- private anon
main mmap 32K --- private anon
main mmap 32K --- private anon
main mprotect 0x7ffff7fe4000 16K -w-
main mmap 32K r-x private anon
main mmap 20K r-x private anon
main mprotect 0x7ffff7fec000 4K r--
main write 0x7ffff7fe7000
main mprotect 0x7ffff7fd5000 92K rw-
