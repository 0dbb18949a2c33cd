title "VMA differential case 6061"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff0000 16K r-x
expect errno ENOMEM
main mprotect 0x7ffff7fe9000 20K r--
expect errno ENOMEM
main mmap 24K rwx private anon
main munmap 0x7ffff7ff0000 28K
main mmap 12K rw- private anon
main mmap 8K rwx private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff5000
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff2000 20K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 5K r-x
main mprotect 0x7ffff7ff5000 4K ---
main mprotect 0x7ffff7ff4000 12K rwx
