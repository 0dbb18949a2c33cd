title "VMA differential case 6247"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K r-- private anon
main mmap 20K rwx private anon
main write 0x7ffff7ff1000
main mmap 4K --- private anon
main munmap 0x7ffff7ff2000 20K
main mmap 20K rwx private anon
main mmap 32K --- private anon
main munmap 0x7ffff7ff0000 28K
main mprotect 0x7ffff7fea000 32K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fe5000 4K r-x
main write 0x7ffff7feb000
main mprotect 0x7ffff7fe8000 12K rwx
main mprotect 0x7ffff7fe4000 8K r--
main mmap 16K r-x private anon
main mprotect 0x7ffff7fe4000 20K rwx
main mprotect 0x7ffff7ff3000 4K rw-
main mmap 32K --- private anon
main mmap 12K --- private anon
main munmap 0x7ffff7fe4000 16K
main write 0x7ffff7fe9000
