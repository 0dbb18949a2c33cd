title "VMA differential case 6095"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K rw- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff1000
main mmap 12K r-- private anon
main munmap 0x7ffff7ff1000 12K
main mprotect 0x7ffff7ff4000 12K ---
main mmap 4K rw- private anon
main write 0x7ffff7ff3000
main mprotect 0x7ffff7ff3000 12K rw-
main mprotect 0x7ffff7ff6000 4K ---
main munmap 0x7ffff7ff4000 12K
main mmap 4K r-x private anon
main mmap 12K rw- private anon at=0x7ffff7ff1000 fixed
main mmap 12K --- private anon at=0x7ffff7feb000 fixed
