title "VMA differential case 6194"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff1000 4K rw-
main write 0x7ffff7ff1000
main mprotect 0x7ffff7ff1000 12K rwx
main mmap 4K --- private anon at=0x7ffff7ff0000 fixed
main mmap 4K r-- private anon
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff1000 4K rwx
main write 0x7ffff7ff2000
main write 0x7ffff7ff2000
main mmap 8K r-x private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fed000 4K r--
expect errno ENOMEM
main mmap 8K rw- private anon
main write 0x7ffff7fee000
main munmap 0x7ffff7ff5000 4K
main mmap 4K rw- private anon at=0x7ffff7fef000 fixed
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff4000 12K rw-
main mmap 12K rw- private anon
main mmap 12K rw- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7feb000 48K r-x
main mprotect 0x7ffff7ff0000 16K rw-
main munmap 0x7ffff7ff4000 8K
main mmap 8K rw- private anon at=0x7ffff7fee000 fixed
main mmap 8K --- private anon
