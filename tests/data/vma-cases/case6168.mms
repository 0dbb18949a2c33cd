title "VMA differential case 6168"
machine arch=x86_64 ram=256M
spawn main
main mmap 4K rwx private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7fef000
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main mmap 12K rw- private anon at=0x7ffff7ff2000 fixed
main mprotect 0x7ffff7ff2000 12K r--
main write 0x7ffff7ff0000
main mmap 12K rwx private anon
main mmap 12K rw- private anon
main mmap 12K rw- private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7fea000
main mmap 4K rw- private anon at=0x7ffff7ff3000 fixed
main mprotect 0x7ffff7fec000 12K r--
main mmap 12K rw- private anon at=0x7ffff7ff4000 fixed
main mprotect 0x7ffff7fef000 4K r-x
main mprotect 0x7ffff7ff1000 8K ---
main mmap 8K r-- private anon at=0x7ffff7fef000 fixed
main mmap 4K rwx private anon at=0x7ffff7ff1000 fixed
main mmap 12K rw- private anon at=0x7ffff7fed000 fixed
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff3000 4K rw-
main mprotect 0x7ffff7fea000 4K rw-
