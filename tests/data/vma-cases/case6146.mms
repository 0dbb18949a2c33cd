title "VMA differential case 6146"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fea000 4K ---
expect errno ENOMEM
main mmap 4K r-x private anon
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff5000 4K rw-
main mprotect 0x7ffff7ff5000 8K ---
main mprotect 0x7ffff7ff4000 12K rw-
main write 0x7ffff7ff4000
main mmap 4K rw- private anon at=0x7ffff7ff3000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff3000 16K r--
main mmap 4K r-x private anon
main mprotect 0x7ffff7ff3000 16K r-x
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff3000 16K rwx
main write 0x7ffff7ff0000
main munmap 0x7ffff7ff4000 12K
main mprotect 0x7ffff7ff2000 8K r-x
