title "VMA differential case 6120"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 12K rw- private anon
main munmap 0x7ffff7ff1000 24K
main mprotect 0x7ffff7fef000 8K rwx
main mmap 12K rwx private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff0000
main mprotect 0x7ffff7fec000 12K rw-
expect errno ENOMEM
main mmap 16K rwx private anon
main mprotect 0x7ffff7feb000 20K r--
main munmap 0x7ffff7ff2000 20K
main write 0x7ffff7ff1000
main mprotect 0x7ffff7ff2000 20K rw-
expect errno ENOMEM
