title "VMA differential case 6122"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fee000 4K
main mprotect 0x7ffff7ff1000 8K r--
expect errno ENOMEM
main mmap 12K rwx private anon at=0x7ffff7ff1000 fixed
main mprotect 0x7ffff7ff3000 4K ---
main munmap 0x7ffff7ff1000 24K
main munmap 0x7ffff7fed000 28K
main munmap 0x7ffff7fed000 14K
main mmap 20K --- private anon
main mmap 24K r-x private anon
main munmap 0x7ffff7ff1000 12K
main mmap 8K rwx private anon at=0x7ffff7ff1000 fixed
main write 0x7ffff7ff1000
main mmap 24K rwx private anon
main munmap 0x7ffff7ff3000 16K
main mmap 20K rw- private anon
main mprotect 0x7ffff7fed000 8K r-x
main mprotect 0x7ffff7fe3000 36K r--
main write 0x7ffff7fe1000
main mprotect 0x7ffff7fea000 32K r-x
main mprotect 0x7ffff7ff1000 24K r-x
expect errno ENOMEM
main mmap 20K rwx private anon
main mmap 8K r-x private anon at=0x7ffff7fe9400 fixed
expect errno EINVAL
main mmap 8K r-x private anon
