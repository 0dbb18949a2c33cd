title "VMA differential case 6260"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fde000 28K rw-
expect errno ENOMEM
main mmap 16K rwx private anon
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff0000 28K r--
expect errno ENOMEM
main mmap 24K r-x private anon
main munmap 0x7ffff7fec000 12K
main mmap 24K rwx private anon
main write 0x7ffff7ff3000
main mmap 20K rwx private anon
main mmap 8K r-x private anon at=0x7ffff7fed000 fixed
main munmap 0x7ffff7ff0000 28K
