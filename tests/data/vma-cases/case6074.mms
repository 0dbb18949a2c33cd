title "VMA differential case 6074"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K r-x private anon
main mprotect 0x7ffff7fef000 32K rw-
expect errno ENOMEM
main munmap 0x7ffff7ff3000 4K
main mmap 4K rwx private anon at=0x7ffff7ff6000 fixed
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff3000 8K rw-
main write 0x7ffff7ff3000
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff0000 28K ---
expect errno ENOMEM
main write 0x7ffff7ff3000
main mmap 16K rwx private anon
