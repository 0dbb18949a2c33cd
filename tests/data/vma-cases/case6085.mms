title "VMA differential case 6085"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rwx private anon
main mmap 16K rwx private anon
main mprotect 0x7ffff7ff0000 28K rwx
main munmap 0x7ffff7fe0000 20K
main mmap 20K r-- private anon
main mmap 20K rwx private anon at=0x7ffff7ff2000 fixed
main mmap 16K r-x private anon
main mmap 24K --- private anon
main munmap 0x7ffff7fea000 20K
main mmap 4K rw- private anon
main mmap 4K rw- private anon
main mprotect 0x7ffff7fef000 32K rw-
main mprotect 0x7ffff7fe1000 88K rwx
expect errno ENOMEM
main write 0x7ffff7fee000
main mmap 12K r-- private anon
main write 0x7ffff7ff3000
main munmap 0x7ffff7fec000 32K
main mprotect 0x7ffff7ff5000 8K rw-
main mprotect 0x7ffff7fe5000 28K r-x
main munmap 0x7ffff7fed000 8K
main write 0x7ffff7fe4000
