title "VMA differential case 6229"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff3000 4K
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff4000 12K rwx
main mprotect 0x7ffff7ff5000 8K r-x
main mprotect 0x7ffff7ff4000 8K rwx
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 12K rw- private anon
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff4000 12K r--
