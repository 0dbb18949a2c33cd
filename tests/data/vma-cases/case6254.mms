title "VMA differential case 6254"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fea000 12K rw-
expect errno ENOMEM
main mmap 8K r-x private anon at=0x7ffff7fed000 fixed
main mmap 12K r-- private anon at=0x7ffff7fea000 fixed
main mmap 12K --- private anon
main mmap 4K r-- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff4000 12K rw-
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 8K --- private anon at=0x7ffff7feb000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff1000 4K rw-
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7ff4000 8K rw-
main write 0x7ffff7ff5000
main write 0x7ffff7ff6000
main mmap 8K rw- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7ff5000 4K rw-
main mprotect 0x7ffff7ff4000 12K r--
main mprotect 0x7ffff7ff5000 4K rwx
main write 0x7ffff7feb000
main mprotect 0x7ffff7fee000 4K r-x
main munmap 0x7ffff7fed000 8K
main mprotect 0x7ffff7ff4000 12K rwx
