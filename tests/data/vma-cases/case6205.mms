title "VMA differential case 6205"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7feb000 8K
main mmap 12K r-x private anon
main munmap 0x7ffff7fee000 8K
main mprotect 0x7ffff7ff4000 12K r-x
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff5000 8K rwx
main write 0x7ffff7ff5000
main mmap 8K r-- private anon at=0x7ffff7ff3000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff3000 4K ---
main mprotect 0x7ffff7ff4000 4K rw-
main write 0x7ffff7ff4000
main write 0x7ffff7ff4000
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff3000 4K rw-
main mmap 12K rw- private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff3000 12K r-x
main mmap 8K rwx private anon
