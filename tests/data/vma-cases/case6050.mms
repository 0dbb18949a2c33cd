title "VMA differential case 6050"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe4000 4K rwx
expect errno ENOMEM
main mmap 20K r-x private anon at=0x7ffff7fe9000 fixed
main mmap 24K rwx private anon
main mmap 20K rw- private anon
main mmap 28K r-x private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7fe6000 28K rw-
main mmap 12K rwx private anon
main write 0x7ffff7fea000
main mprotect 0x7ffff7fe4000 4K ---
main mmap 20K --- private anon
