title "VMA differential case 6094"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rw- private anon
main mprotect 0x7ffff7fe9000 12K rwx
expect errno ENOMEM
main mmap 24K r-x private anon
main mmap 8K --- private anon
main mmap 28K rw- private anon
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7fea000 12K ---
main mmap 0K rwx private anon
expect errno EINVAL
main mmap 32K rwx private anon
main mprotect 0x7ffff7fe9000 24K rwx
main write 0x7ffff7fde000
main mmap 20K --- private anon at=0x7ffff7fe4000 fixed
main munmap 0x7ffff7fe4000 8K
main munmap 0x7ffff7fe2000 12K
main mmap 32K rw- private anon
main munmap 0x7ffff7ff3000 16K
main munmap 0x7ffff7feb000 8K
