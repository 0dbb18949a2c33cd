title "VMA differential case 6088"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fee000 8K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff1000 4K rw-
expect errno ENOMEM
main mprotect 0x7ffff7ff3000 12K ---
expect errno ENOMEM
main mmap 4K rw- private anon
main mmap 12K rw- private anon
main mmap 12K rwx private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 16K rw-
main munmap 0x7ffff7ff6000 4K
main mprotect 0x7ffff7ff2000 4K ---
main mmap 4K rwx private anon at=0x7ffff7ff3000 fixed
main mmap 12K r-- private anon
main mmap 4K rwx private anon
main write 0x7ffff7ff1000
main mmap 12K --- private anon
main mprotect 0x7ffff7fed000 20K r-x
main write 0x7ffff7ff6000
main mmap 12K rw- private anon
main mmap 4K r-x private anon at=0x7ffff7fe9000 fixed
main mmap 12K rwx private anon
main mprotect 0x7ffff7fe8000 12K rw-
main mprotect 0x7ffff7feb000 8K r--
main mmap 8K rw- private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff4000
