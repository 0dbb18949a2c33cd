title "VMA differential case 6047"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7feb000 12K r-x
expect errno ENOMEM
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff6000 4K r--
main mmap 4K --- private anon
main mmap 4K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 12K rwx
main mprotect 0x7ffff7ff5000 8K r-x
main mprotect 0x7ffff7ff4000 12K r-x
main mprotect 0x7ffff7ff4000 8K rw-
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff3000 16K r--
main mprotect 0x7ffff7ff5000 8K rw-
main mprotect 0x7ffff7ff3000 12K r--
main mmap 8K r-x private anon at=0x7ffff7ff5000 fixed
main mmap 12K --- private anon at=0x7ffff7ff2000 fixed
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
