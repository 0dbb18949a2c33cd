title "VMA differential case 6221"
machine arch=x86_64 ram=16M
spawn main
main mmap 12K --- private anon
main munmap 0x7ffff7ff0000 28K
main munmap 0x7ffff7ff6800 4K
expect errno EINVAL
main mmap 32K --- private anon
main mmap 20K r-- private anon
main mprotect 0x7ffff7feb000 20K ---
main munmap 0x7ffff7fec000 12K
main mmap 8K rw- private anon
main mprotect 0x7ffff7feb000 48K r--
expect errno ENOMEM
main mprotect 0x7ffff7fed000 32K rwx
main munmap 0x7ffff7ff1000 24K
main mmap 24K -w- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7fea000 32K r--
main mmap 24K r-- private anon
main mprotect 0x7ffff7fea000 20K rwx
main mprotect 0x7ffff7fea000 32K ---
main munmap 0x7ffff7fe8000 16K
main mmap 20K r-- private anon
main mprotect 0x7ffff7fe9000 24K r-x
expect errno ENOMEM
main mmap 8K rwx private anon
main mmap 24K --- private anon
main mmap 16K r-- private anon
main mprotect 0x7ffff7fde000 40K r-x
main mmap 8K --- private anon
