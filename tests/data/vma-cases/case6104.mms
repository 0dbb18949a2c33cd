title "VMA differential case 6104"
machine arch=x86_64 ram=256M
spawn main
main mmap 24K r-x private anon
main mmap 20K rw- private anon
main mprotect 0x7ffff7fec000 44K r--
main mmap 4K --- private anon
main mprotect 0x7ffff7feb000 24K r-x
main mmap 32K r-x private anon
main munmap 0x7ffff7ff1000 24K
main mmap 4K r-- private anon
main mprotect 0x7ffff7fe9000 16K r--
main munmap 0x7ffff7feb000 16K
main mmap 16K rw- private anon
main mmap 28K r-x private anon
main mmap 28K r-- private anon
main munmap 0x7ffff7feb000 20K
main munmap 0x7ffff7fed000 4K
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff0000 28K rw-
expect errno ENOMEM
main munmap 0x7ffff7fd9000 8K
main mprotect 0x7ffff7ff6000 4K r-x
