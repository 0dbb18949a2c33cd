title "VMA differential case 6284"
machine arch=x86_64 ram=256M
spawn main
main mmap 32K r-x private anon
main mprotect 0x7ffff7ff1000 16K rw-
main mmap 8K rw- private anon
main mmap 8K rw- private anon
main mprotect 0x7ffff7fec000 36K r-x
main mprotect 0x7ffff7fef000 8K ---
main mprotect 0x7ffff7ff1000 16K r--
main mprotect 0x7ffff7ff3000 12K rw-
main munmap 0x7ffff7fef000 32K
main write 0x7ffff7feb000
main mmap 20K --- private anon
main mmap 32K r-x private anon
main mprotect 0x7ffff7fec000 44K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff3000 16K rw-
main mmap 28K --- private anon
main mprotect 0x7ffff7ff2000 20K -w-
main mmap 12K r-- private anon
main mprotect 0x7ffff7fea000 8K rwx
