title "VMA differential case 6230"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rwx private anon at=0x7ffff7fe6000 fixed
main mmap 20K --- private anon at=0x7ffff7fe1000 fixed
main mprotect 0x7ffff7fe5000 16K ---
expect errno ENOMEM
main mmap 24K rw- private anon at=0x7ffff7fdb000 fixed
main write 0x7ffff7fdc000
main mmap 4K rwx private anon at=0x7ffff7fe0000 fixed
main mmap 12K r-- private anon at=0x7ffff7fdd000 fixed
main mmap 20K rwx private anon at=0x7ffff7fdf400 fixed
expect errno EINVAL
main mprotect 0x7ffff7fdb000 28K r-x
main mprotect 0x7ffff7fe0000 24K rw-
