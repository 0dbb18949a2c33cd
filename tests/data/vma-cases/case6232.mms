title "VMA differential case 6232"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe1000 8K r-x
expect errno ENOMEM
main munmap 0x7ffff7fef000 20K
main mprotect 0x7ffff7fe6000 24K r--
expect errno ENOMEM
main munmap 0x7ffff7fe9000 20K
main mmap 8K --- private anon
main mmap 24K rw- private anon
main munmap 0x7ffff7ff4000 12K
main mmap 12K r-x private anon
main mmap 32K --- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff0000 28K r-x
