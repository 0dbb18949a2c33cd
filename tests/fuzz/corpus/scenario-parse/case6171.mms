title "VMA differential case 6171"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7feb000 12K r--
main mprotect 0x7ffff7feb000 12K rw-
main mmap 12K r-- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7fec000 12K rw-
main write 0x7ffff7fed000
main mprotect 0x7ffff7feb000 16K rw-
main munmap 0x7ffff7fec000 4K
main mprotect 0x7ffff7fee000 12K rw-
expect errno ENOMEM
main write 0x7ffff7fed000
main write 0x7ffff7feb000
main mprotect 0x7ffff7fed000 8K rw-
