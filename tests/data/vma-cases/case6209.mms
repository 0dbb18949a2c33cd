title "VMA differential case 6209"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe0000 20K rwx
expect errno ENOMEM
main mprotect 0x7ffff7ff0000 16K r-x
expect errno ENOMEM
main mmap 28K r-x private anon
main mmap 4K r-x private anon
main mprotect 0x7ffff7fef000 32K -w-
main mmap 8K rwx private anon
main mmap 32K r-- private anon at=0x7ffff7fe7000 fixed
main mmap 16K r-- private anon at=0x7ffff7fee000 fixed
main write 0x7ffff7ff5000
main mmap 20K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 32K rwx private anon at=0x7ffff7fe7400 fixed
expect errno EINVAL
main mmap 4K -w- private anon
main munmap 0x7ffff7fef000 20K
main mmap 32K --- private anon
main mmap 12K r-- private anon
main mprotect 0x7ffff7fe8000 32K rwx
expect errno ENOMEM
main mmap 28K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 32K r-- private anon
main mmap 16K r-x private anon
main mmap 4K rw- private anon at=0x7ffff7fdd000 fixed
main mprotect 0x7ffff7fd2000 16K r-x
main mmap 16K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 20K r-x private anon
main mmap 20K rwx private anon
main mprotect 0x7ffff7fde000 68K r--
