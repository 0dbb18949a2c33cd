title "VMA differential case 6286"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K -w- private anon
main mmap 28K r-- private anon
main munmap 0x7ffff7fed000 32K
main mmap 12K rw- private anon
main munmap 0x7ffff7fef000 32K
main mmap 8K --- private anon
main mprotect 0x7ffff7ff5000 8K r-x
main mprotect 0x7ffff7ff5000 8K r--
main mmap 24K r-x private anon
main munmap 0x7ffff7ff3000 16K
main munmap 0x7ffff7ff0000 20K
main mprotect 0x7ffff7fef000 4K rwx
main mmap 4K r-- private anon
main mmap 12K -w- private anon
