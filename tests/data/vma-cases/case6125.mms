title "VMA differential case 6125"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff4000 12K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 12K r-x
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 8K r-x
expect errno ENOMEM
main mmap 4K r-- private anon
main mprotect 0x7ffff7ff6000 4K rw-
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff6000 4K r-x
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 12K rw- private anon at=0x7ffff7ff3000 fixed
main mmap 4K r-- private anon at=0x7ffff7ff0000 fixed
main mmap 8K rw- private anon at=0x7ffff7fed000 fixed
main mmap 8K rw- private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff3000
main mprotect 0x7ffff7fee000 4K rw-
