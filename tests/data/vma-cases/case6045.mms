title "VMA differential case 6045"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 12K rw-
main mmap 8K r-- private anon at=0x7ffff7ff2000 fixed
main munmap 0x7ffff7ff2000 12K
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff4000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff5000 8K r-x
main munmap 0x7ffff7ff4000 12K
main mprotect 0x7ffff7ff6000 4K rw-
expect errno ENOMEM
main mmap 12K r-- private anon
main munmap 0x7ffff7ff4000 12K
main munmap 0x7ffff7fed000 8K
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff6000 4K ---
