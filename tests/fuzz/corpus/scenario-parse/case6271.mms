title "VMA differential case 6271"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fec000 4K
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff3000 8K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff6000 4K ---
main mmap 12K rwx private anon
main mprotect 0x7ffff7ff3000 16K rw-
main mmap 8K rw- private anon
main mmap 12K rw- private anon
main munmap 0x7ffff7fee000 4K
main mmap 4K r-- private anon
main mprotect 0x7ffff7fee000 4K ---
