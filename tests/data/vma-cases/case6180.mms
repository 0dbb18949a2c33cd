title "VMA differential case 6180"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff3000 12K
main mmap 20K r-- private anon at=0x7ffff7fee000 fixed
main mmap 16K r-x private anon
main mmap 16K rw- private anon at=0x7ffff7ff1400 fixed
expect errno EINVAL
main munmap 0x7ffff7fee000 32K
main mprotect 0x7ffff7fef000 32K ---
expect errno ENOMEM
main mmap 4K r-- private anon at=0x7ffff7ff4000 fixed
main mmap 8K rwx private anon
main munmap 0x7ffff7fef000 8K
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 4K r-x private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7ff6000
main write 0x7ffff7ff3000
main write 0x7ffff7ff6000
main mmap 28K r-x private anon at=0x7ffff7fec000 fixed
main write 0x7ffff7ff6000
main mprotect 0x7ffff7fec000 36K rwx
main mprotect 0x7ffff7fee000 20K rwx
