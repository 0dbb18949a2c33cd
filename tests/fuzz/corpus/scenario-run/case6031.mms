title "VMA differential case 6031"
machine arch=x86_64 ram=16M
spawn main
main mprotect 0x7ffff7fec000 4K r--
expect errno ENOMEM
main mprotect 0x7ffff7fef000 8K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fed000 8K rw-
expect errno ENOMEM
main mprotect 0x7ffff7feb000 12K r-x
expect errno ENOMEM
main mprotect 0x7ffff7ff4000 12K rwx
expect errno ENOMEM
main mmap 8K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 8K rw-
main mmap 4K r-- private anon
main mprotect 0x7ffff7ff6000 4K r--
main mmap 4K r-- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff4000 12K r--
main mprotect 0x7ffff7ff4000 12K ---
main mmap 8K rw- private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff4000 12K ---
main write 0x7ffff7ff2000
main munmap 0x7ffff7ff6000 4K
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff4000 8K r--
main mmap 12K --- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff3000
main write 0x7ffff7ff3000
