title "VMA differential case 6076"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fdf000 32K ---
expect errno ENOMEM
main mmap 20K rwx private anon
main mmap 0K rw- private anon
expect errno EINVAL
main mprotect 0x7ffff7ff1000 1K r--
expect errno ENOMEM
main write 0x7ffff7ff4000
main mmap 12K r-x private anon
main write 0x7ffff7ff2000
main write 0x7ffff7ff6000
main write 0x7ffff7ff6000
main mmap 20K r-- private anon
main munmap 0x7ffff7fed000 8K
main munmap 0x7ffff7fed000 24K
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff3000 4K ---
main mmap 12K rw- private anon
main mmap 8K r-x private anon
