title "VMA differential case 6272"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rw- private anon
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff3000 16K rwx
main mmap 8K rw- private anon at=0x7ffff7ff5000 fixed
main mprotect 0x7ffff7ff1000 4K r--
expect errno ENOMEM
main mmap 4K rwx private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 12K r--
main mprotect 0x7ffff7ff2000 12K rw-
main write 0x7ffff7ff2000
main mmap 12K rw- private anon at=0x7ffff7fef000 fixed
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7fec000 44K r-x
main mmap 8K r-- private anon at=0x7ffff7ff5000 fixed
main mmap 12K r-x private anon at=0x7ffff7fea000 fixed
main mprotect 0x7ffff7ff5000 8K rw-
main mprotect 0x7ffff7fea000 12K rw-
main write 0x7ffff7ff6000
main mprotect 0x7ffff7fea000 44K r--
