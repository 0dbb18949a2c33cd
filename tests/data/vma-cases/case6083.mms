title "VMA differential case 6083"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff4000 12K
main mprotect 0x7ffff7ff0000 28K rw-
expect errno ENOMEM
main mmap 12K --- private anon at=0x7ffff7feb000 fixed
main mmap 4K rw- private anon
main mmap 16K r-x private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 12K r--
main mmap 28K rwx private anon at=0x7ffff7ff0000 fixed
main mmap 16K --- private anon
main mprotect 0x7ffff7fe7000 28K rw-
main mprotect 0x7ffff7ff4000 12K r--
main munmap 0x7ffff7ff6000 4K
main munmap 0x7ffff7ff2000 20K
main mprotect 0x7ffff7fe8000 20K rwx
main write 0x7ffff7fea000
main mmap 24K --- private anon
main munmap 0x7ffff7feb000 20K
main munmap 0x7ffff7fe2000 24K
main munmap 0x7ffff7fef000 32K
main write 0x7ffff7fe9000
main write 0x7ffff7fe8000
main mprotect 0x7ffff7fe1000 4K r-x
main mmap 32K rwx private anon
main mmap 4K r-x private anon at=0x7ffff7fe0000 fixed
