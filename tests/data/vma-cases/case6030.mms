title "VMA differential case 6030"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K --- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fee000 12K rw-
main mprotect 0x7ffff7fef000 8K ---
main mmap 12K r-- private anon
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 4K rwx private anon at=0x7ffff7ff5000 fixed
main write 0x7ffff7ff5000
main write 0x7ffff7ff5000
main mprotect 0x7ffff7fef000 24K r--
expect errno ENOMEM
main mmap 8K r-x private anon at=0x7ffff7ff3000 fixed
main mmap 12K r-x private anon
main write 0x7ffff7fee000
main mprotect 0x7ffff7ff5000 8K rwx
main mprotect 0x7ffff7fef000 8K r--
main mmap 8K --- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff5000 8K rwx
main mprotect 0x7ffff7feb000 24K ---
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff4000 12K ---
main mprotect 0x7ffff7fef000 8K r-x
main mprotect 0x7ffff7fee000 4K rwx
main mprotect 0x7ffff7fed000 12K rw-
main mmap 4K r-x private anon
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main mmap 4K r-- private anon
