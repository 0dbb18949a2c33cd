title "VMA differential case 6275"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff3000 4K rw-
expect errno ENOMEM
main munmap 0x7ffff7fef000 12K
main mmap 4K rwx private anon
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff6000 4K rwx
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main write 0x7ffff7ff5000
main munmap 0x7ffff7ff5000 4K
