title "VMA differential case 6290"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff6000 4K rw-
expect errno ENOMEM
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7fec000 12K ---
main mprotect 0x7ffff7fec000 12K r-x
main mmap 4K rwx private anon
main munmap 0x7ffff7fea000 12K
main write 0x7ffff7ff6000
main mprotect 0x7ffff7fed000 40K rwx
expect errno ENOMEM
