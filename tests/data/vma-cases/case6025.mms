title "VMA differential case 6025"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-- private anon at=0x7ffff7feb000 fixed
main mmap 28K --- private anon
main mprotect 0x7ffff7ff0000 28K ---
main mmap 28K --- private anon
main mmap 32K r-x private anon
main mmap 8K rwx private anon
main mmap 28K rw- private anon at=0x7ffff7fed000 fixed
main mmap 8K rw- private anon
main mmap 32K r-x private anon
main mmap 28K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7feb000 48K ---
main mmap 8K --- private anon
main munmap 0x7ffff7fd2000 20K
main mprotect 0x7ffff7fd1000 4K rw-
main mmap 4K --- private anon
main mprotect 0x7ffff7fd4000 12K rw-
expect errno ENOMEM
main mprotect 0x7ffff7fda000 116K ---
main mprotect 0x7ffff7fea000 16K rwx
main mmap 24K --- private anon at=0x7ffff7fce400 fixed
expect errno EINVAL
main munmap 0x7ffff7fd1000 12K
main mprotect 0x7ffff7fd0000 4K rw-
main mprotect 0x7ffff7fd0000 4K rw-
main mprotect 0x7ffff7fd7000 12K ---
main munmap 0x7ffff7fd7000 32K
