title "VMA differential case 6066"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe7000 12K
main munmap 0x7ffff7fe2000 4K
main mmap 12K rw- private anon at=0x7ffff7fea400 fixed
expect errno EINVAL
main mmap 28K rw- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff5000
main munmap 0x7ffff7ff1000 12K
main mprotect 0x7ffff7ff0000 4K r--
main mprotect 0x7ffff7ff4000 4K rw-
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7ff2000 20K r--
expect errno ENOMEM
main mmap 28K r-x private anon at=0x7ffff7ff0000 fixed
main mmap 4K rwx private anon
main munmap 0x7ffff7fef000 32K
main mmap 32K r-x private anon
