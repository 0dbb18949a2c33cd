title "VMA differential case 6011"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff4000 12K ---
expect errno ENOMEM
main munmap 0x7ffff7fec000 4K
main mprotect 0x7ffff7ff1000 12K ---
expect errno ENOMEM
main mmap 12K --- private anon
main mprotect 0x7ffff7ff3000 8K r-x
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7ff4000 12K r-x
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff3000 16K rwx
main mprotect 0x7ffff7ff3000 16K r-x
main mprotect 0x7ffff7ff5000 8K rw-
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff4000 12K rw-
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff4000 12K rwx
main mprotect 0x7ffff7ff3000 16K r--
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff4000 8K rwx
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff5000 4K rwx
main mprotect 0x7ffff7ff3000 12K r--
main mprotect 0x7ffff7ff3000 16K rw-
main mmap 12K r-x private anon
