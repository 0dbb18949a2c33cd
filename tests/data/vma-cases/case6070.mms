title "VMA differential case 6070"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fef000 8K
main mmap 4K r-- private anon at=0x7ffff7ff5000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff2000
main mmap 4K rwx private anon
main mmap 8K rw- private anon at=0x7ffff7ff2000 fixed
main mmap 12K rwx private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7ff0000 16K r--
main mprotect 0x7ffff7ff2000 12K rwx
main mprotect 0x7ffff7ff2000 20K r--
main mmap 12K rwx private anon
main write 0x7ffff7fee000
main write 0x7ffff7fef000
main mprotect 0x7ffff7fed000 8K ---
main write 0x7ffff7fef000
main mprotect 0x7ffff7fee000 8K r--
main mmap 12K r-x private anon at=0x7ffff7fea000 fixed
main munmap 0x7ffff7feb000 4K
main mmap 4K rw- private anon at=0x7ffff7feb000 fixed
main mprotect 0x7ffff7fea000 12K ---
