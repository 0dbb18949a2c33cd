title "VMA differential case 6093"
machine arch=x86_64 ram=256M
spawn main
main mmap 20K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 24K rw- private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7fef000 32K r--
expect errno ENOMEM
main mmap 32K r-x private anon
main mmap 12K r-- private anon
main write 0x7ffff7ff4000
main mprotect 0x7ffff7fe7000 24K r-x
main mmap 32K rwx private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7fee000 20K r-x
main munmap 0x7ffff7fe7000 28K
main mmap 16K r-x private anon
main mprotect 0x7ffff7fee000 12K r--
main mprotect 0x7ffff7ff3000 16K r-x
main mprotect 0x7ffff7fe7000 20K r--
expect errno ENOMEM
main mmap 4K rw- private anon at=0x7ffff7fe7000 fixed
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7fea000 20K rwx
main mmap 8K rw- private anon at=0x7ffff7fe7000 fixed
