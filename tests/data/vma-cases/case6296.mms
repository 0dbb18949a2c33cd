title "VMA differential case 6296"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K rw- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fee000 4K r--
main mmap 8K rw- private anon at=0x7ffff7feb000 fixed
main mmap 8K rw- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fec000 12K r--
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mmap 8K r-- private anon
main mprotect 0x7ffff7feb000 48K rw-
expect errno ENOMEM
main write 0x7ffff7fee000
main mprotect 0x7ffff7feb000 16K rw-
main munmap 0x7ffff7fef000 12K
main mprotect 0x7ffff7feb000 48K ---
expect errno ENOMEM
main mprotect 0x7ffff7fec000 4K ---
main munmap 0x7ffff7ff4000 12K
