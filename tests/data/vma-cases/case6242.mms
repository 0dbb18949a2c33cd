title "VMA differential case 6242"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff4000 12K
main mmap 8K r-x private anon
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7fed000 12K ---
expect errno ENOMEM
main mmap 8K rw- private anon
main write 0x7ffff7ff5000
main mprotect 0x7ffff7ff5000 8K r--
main mprotect 0x7ffff7ff5000 8K r--
main mmap 12K r-x private anon
main mmap 4K rwx private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff3000 16K r--
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff2000 4K r--
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff4000 12K rw-
main munmap 0x7ffff7ff4000 12K
main mprotect 0x7ffff7ff1000 8K rwx
main mprotect 0x7ffff7ff0000 8K rwx
main mmap 4K r-- private anon
