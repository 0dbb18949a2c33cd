title "VMA differential case 6203"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fef000 32K
main mmap 8K --- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff4000 8K ---
main mprotect 0x7ffff7ff4000 8K ---
main munmap 0x7ffff7ff0800 28K
expect errno EINVAL
main munmap 0x7ffff7ff4000 12K
main mmap 32K r-x private anon at=0x7ffff7fde000 fixed
main mprotect 0x7ffff7fde000 32K r-x
main mprotect 0x7ffff7fde000 32K rwx
main mmap 4K rwx private anon
main mprotect 0x7ffff7fdf000 24K rwx
main munmap 0x7ffff7fe2000 16K
main munmap 0x7ffff7fe0000 8K
main mprotect 0x7ffff7fde000 8K rw-
main mprotect 0x7ffff7fdf000 4K rwx
main mmap 20K r-x private anon
main mprotect 0x7ffff7ff3000 12K r-x
main mmap 32K rw- private anon
main write 0x7ffff7ff0000
main write 0x7ffff7feb000
main munmap 0x7ffff7ff0000 4K
main mmap 4K rwx private anon at=0x7ffff7ff6000 fixed
main munmap 0x7ffff7fe3000 28K
main mmap 24K rw- private anon
