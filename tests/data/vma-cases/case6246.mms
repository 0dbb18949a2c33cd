title "VMA differential case 6246"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fee000 8K rw-
main mprotect 0x7ffff7fee000 8K rw-
main mmap 4K r-- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fee000 8K r--
main mprotect 0x7ffff7fed000 12K rw-
main write 0x7ffff7fef000
main mmap 4K rwx private anon at=0x7ffff7fec000 fixed
main write 0x7ffff7fef000
main mmap 8K r-- private anon
main write 0x7ffff7fed000
main mmap 4K rw- private anon at=0x7ffff7fea000 fixed
main mprotect 0x7ffff7ff5000 8K rwx
main mmap 12K r-- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fea000 4K r-x
main mprotect 0x7ffff7fee000 4K r--
main munmap 0x7ffff7fed000 4K
main mprotect 0x7ffff7fee000 8K rw-
main mmap 8K r-x private anon at=0x7ffff7fee000 fixed
main mmap 8K r-- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff5000
main mprotect 0x7ffff7feb000 4K rwx
expect errno ENOMEM
main mmap 4K r-- private anon at=0x7ffff7fed000 fixed
