title "VMA differential case 6114"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fec000 12K rw-
expect errno ENOMEM
main mmap 4K r-- private anon at=0x7ffff7fed000 fixed
main mmap 4K rwx private anon
main mprotect 0x7ffff7ff6000 4K ---
main mprotect 0x7ffff7fed000 40K rw-
expect errno ENOMEM
main write 0x7ffff7fed000
main mprotect 0x7ffff7ff6000 4K rw-
main mprotect 0x7ffff7ff6000 4K rwx
main write 0x7ffff7ff6000
main mprotect 0x7ffff7fed000 40K rw-
expect errno ENOMEM
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff6000 4K r-x
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 4K r-- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7ff6000 4K r-x
main mprotect 0x7ffff7fee000 4K r--
main write 0x7ffff7fed000
main mmap 12K rw- private anon at=0x7ffff7feb000 fixed
