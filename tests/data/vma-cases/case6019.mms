title "VMA differential case 6019"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fed000 8K
main mprotect 0x7ffff7fea000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fec000 12K rwx
expect errno ENOMEM
main mprotect 0x7ffff7ff3000 8K r--
expect errno ENOMEM
main mmap 4K r-- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 4K r-- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff3000 4K r--
