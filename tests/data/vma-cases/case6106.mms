title "VMA differential case 6106"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe6000 4K r-x
expect errno ENOMEM
main munmap 0x7ffff7fe2000 12K
main mmap 28K rwx private anon
main write 0x7ffff7ff2000
main mprotect 0x7ffff7ff1000 12K -w-
main mmap 32K r-- private anon
main mprotect 0x7ffff7fe9000 32K rwx
main mmap 20K rw- private anon
main mprotect 0x7ffff7ff4000 12K r--
main mmap 32K r-x private anon
main mprotect 0x7ffff7fee000 16K ---
main write 0x7ffff7fe6000
main mmap 24K r-x private anon at=0x7ffff7ff1400 fixed
expect errno EINVAL
main mmap 12K -w- private anon at=0x7ffff7ff2000 fixed
main write 0x7ffff7fe3000
main mprotect 0x7ffff7fe6000 8K rwx
main mprotect 0x7ffff7feb000 4K ---
main mmap 24K r-x private anon
