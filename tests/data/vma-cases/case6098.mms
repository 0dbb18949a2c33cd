title "VMA differential case 6098"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K --- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fee000 4K rw-
main mprotect 0x7ffff7fee000 4K rw-
main write 0x7ffff7fee000
main mprotect 0x7ffff7fee000 4K r--
main mmap 4K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 4K r-x
main munmap 0x7ffff7fef000 12K
main mprotect 0x7ffff7ff0000 4K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fec000 8K r-x
expect errno ENOMEM
main mprotect 0x7ffff7fee000 4K r--
main mmap 4K --- private anon at=0x7ffff7fef000 fixed
main mmap 8K r-x private anon at=0x7ffff7fed000 fixed
main mmap 4K rwx private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7feb000 4K rw-
main mprotect 0x7ffff7feb000 4K rw-
main mprotect 0x7ffff7fef000 4K rw-
main mmap 12K rw- private anon at=0x7ffff7fef000 fixed
main munmap 0x7ffff7fee000 8K
main mmap 12K r-x private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fef000 12K rw-
main mprotect 0x7ffff7feb000 4K r-x
main mmap 12K r-- private anon at=0x7ffff7fee000 fixed
