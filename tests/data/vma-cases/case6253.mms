title "VMA differential case 6253"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe1000 28K r--
expect errno ENOMEM
main mprotect 0x7ffff7fef000 12K ---
expect errno ENOMEM
main munmap 0x7ffff7fec000 28K
main mprotect 0x7ffff7ff0000 4K r--
expect errno ENOMEM
main munmap 0x7ffff7fee000 8K
main mmap 20K rw- private anon
main mprotect 0x7ffff7fef000 29K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff2000 20K rw-
main mprotect 0x7ffff7ff0000 28K r-x
expect errno ENOMEM
main mmap 32K rw- private anon
main munmap 0x7ffff7fef000 28K
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff3000 16K rw-
expect errno ENOMEM
main mmap 28K rw- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff4000
main mprotect 0x7ffff7ff3000 4K rw-
main write 0x7ffff7ff3000
main mmap 24K r-- private anon
main munmap 0x7ffff7ff2000 8K
