title "VMA differential case 6100"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe4000 24K r-x
expect errno ENOMEM
main mmap 4K r-- private anon
main mmap 12K rwx private anon
main mmap 32K --- private anon
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7fed000 4K rwx
main mmap 24K r-- private anon
main mmap 24K rwx private anon
main mprotect 0x7ffff7fe5000 36K r-x
main mprotect 0x7ffff7ff2000 20K r--
main mprotect 0x7ffff7fef000 32K r-x
expect errno ENOMEM
main mmap 16K r-- private anon
main mmap 28K --- private anon
main mmap 32K r-x private anon
main mmap 24K rwx private anon
main mmap 12K rw- private anon
main munmap 0x7ffff7fda000 8K
