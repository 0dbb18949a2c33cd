title "VMA differential case 6215"
machine arch=x86_64 ram=256M
spawn main
main mmap 28K rwx private anon
main write 0x7ffff7ff2000
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff0000 28K rw-
main write 0x7ffff7ff0000
main mprotect 0x7ffff7ff0000 28K ---
main munmap 0x7ffff7ff2000 20K
main mmap 4K rw- private anon
main munmap 0x7ffff7ff5000 4K
main mprotect 0x7ffff7ff1000 24K ---
expect errno ENOMEM
