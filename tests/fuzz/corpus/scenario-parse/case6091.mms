title "VMA differential case 6091"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K r-x private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fed000 8K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fee000 4K r-x
main mmap 12K rw- private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff1000 12K r-x
main munmap 0x7ffff7fef000 12K
main mmap 4K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 4K rw- private anon
main write 0x7ffff7ff6000
main mmap 8K r-x private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff4000 12K r-x
expect errno ENOMEM
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff6000 4K r-x
