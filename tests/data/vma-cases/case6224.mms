title "VMA differential case 6224"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fef000 12K rw-
expect errno ENOMEM
main mmap 12K r-- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 12K rwx
main mprotect 0x7ffff7ff5000 8K rw-
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff4000 12K r--
main munmap 0x7ffff7ff4000 12K
main mprotect 0x7ffff7ff3000 4K r--
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 12K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 4K r-x
expect errno ENOMEM
main munmap 0x7ffff7fea000 12K
main mprotect 0x7ffff7fef000 8K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fee000 12K rwx
expect errno ENOMEM
main munmap 0x7ffff7fed000 8K
