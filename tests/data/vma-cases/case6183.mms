title "VMA differential case 6183"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 12K rw- private anon
main mprotect 0x7ffff7ff0000 8K r-x
main mmap 8K rw- private anon
main mprotect 0x7ffff7ff0000 28K r--
main mmap 4K r-x private anon
main munmap 0x7ffff7fed000 8K
main mmap 8K r-- private anon
main mmap 12K r-- private anon at=0x7ffff7fef000 fixed
main mprotect 0x7ffff7ff3000 12K r-x
main munmap 0x7ffff7ff4000 8K
main mmap 4K rwx private anon
main mmap 4K --- private anon
main mmap 4K rw- private anon at=0x7ffff7ff5000 fixed
main mmap 4K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fed000 16K r--
