title "VMA differential case 6280"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K --- private anon
main mmap 16K rwx private anon
main mmap 4K rwx private anon
main mmap 28K r-x private anon at=0x7ffff7fed000 fixed
main mmap 32K r-- private anon
main mmap 24K -w- private anon
main mprotect 0x7ffff7fef000 16K -w-
main munmap 0x7ffff7fed000 8K
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main munmap 0x7ffff7fe3000 8K
main mmap 16K rwx private anon at=0x7ffff7fe1000 fixed
main mmap 8K r-x private anon at=0x7ffff7fe3000 fixed
main munmap 0x7ffff7ff1000 24K
main mmap 12K --- private anon
main mmap 20K -w- private anon
main mmap 24K r-x private anon
main mprotect 0x7ffff7fe2000 8K r-x
main mmap 32K r-- private anon
main write 0x7ffff7fe0000
main mmap 28K rw- private anon at=0x7ffff7fd6000 fixed
main mmap 4K r-x private anon
main mprotect 0x7ffff7fe2000 4K rw-
main write 0x7ffff7ff0000
main munmap 0x7ffff7fcc000 28K
main mmap 20K r-x private anon
