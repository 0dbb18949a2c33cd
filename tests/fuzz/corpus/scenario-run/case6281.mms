title "VMA differential case 6281"
machine arch=x86_64 ram=16M
spawn main
main mmap 16K r-x private anon
main mmap 4K r-x private anon
main mmap 12K r-- private anon
main munmap 0x7ffff7fef000 12K
main mprotect 0x7ffff7ff1000 24K r-x
expect errno ENOMEM
main mmap 8K r-x private anon
main munmap 0x7ffff7ff5000 8K
main munmap 0x7ffff7ff4000 12K
