title "VMA differential case 6143"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7ff0000 4K
main mmap 8K rwx private anon at=0x7ffff7ff0000 fixed
main write 0x7ffff7ff1000
main write 0x7ffff7ff0000
main mmap 4K rw- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7ff0000
main write 0x7ffff7ff0000
main mprotect 0x7ffff7fef000 4K rw-
main write 0x7ffff7fef000
main mprotect 0x7ffff7fef000 8K ---
main mmap 4K rwx private anon
main mprotect 0x7ffff7fef000 12K rw-
