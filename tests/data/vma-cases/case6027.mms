title "VMA differential case 6027"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff0000 8K rw-
expect errno ENOMEM
main mmap 12K --- private anon
main mprotect 0x7ffff7ff5000 8K rw-
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff4000 8K ---
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff4000 12K rwx
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff4000
main munmap 0x7ffff7ff4000 12K
main mmap 4K --- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7feb000 4K r--
main mprotect 0x7ffff7feb000 4K r--
main mprotect 0x7ffff7feb000 4K r-x
main mprotect 0x7ffff7feb000 4K r--
main mprotect 0x7ffff7feb000 4K rw-
