title "VMA differential case 6295"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fed000 4K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 12K rwx
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 8K r--
expect errno ENOMEM
main mmap 12K rw- private anon
main mmap 4K rw- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7ff5000 8K r--
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff4000 12K rw-
main munmap 0x7ffff7ff4000 12K
main munmap 0x7ffff7feb000 4K
main mprotect 0x7ffff7ff4000 12K r--
expect errno ENOMEM
main mmap 8K rw- private anon at=0x7ffff7fed000 fixed
main write 0x7ffff7fee000
main mmap 4K rw- private anon
main write 0x7ffff7fed000
main mmap 8K r-x private anon
main mprotect 0x7ffff7ff5000 8K rw-
main mmap 4K --- private anon at=0x7ffff7fea000 fixed
main munmap 0x7ffff7fea000 4K
main mmap 4K rwx private anon at=0x7ffff7ff5000 fixed
main mmap 8K rw- private anon
main mprotect 0x7ffff7fed000 8K rwx
main mmap 4K r-- private anon at=0x7ffff7ff5000 fixed
