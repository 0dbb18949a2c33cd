title "VMA differential case 6202"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K r-- private anon
main mmap 20K --- private anon at=0x7ffff7ff2400 fixed
expect errno EINVAL
main mmap 24K rw- private anon
main mmap 16K rw- private anon
main mprotect 0x7ffff7ff2000 16K ---
main mmap 8K rw- private anon
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7fed000
main mprotect 0x7ffff7fe9000 16K r-x
main mmap 12K rwx private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7fee000
