title "VMA differential case 6226"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rwx private anon
main mprotect 0x7ffff7feb000 4K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 4K r--
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff3000 8K rw-
main mprotect 0x7ffff7ff4000 4K ---
main mmap 8K rwx private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff1000 16K ---
main mmap 12K rwx private anon
main mprotect 0x7ffff7ff2000 4K ---
main mmap 4K rw- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff0000 8K rw-
main munmap 0x7ffff7ff5000 4K
main mmap 8K rwx private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff2000 20K r--
