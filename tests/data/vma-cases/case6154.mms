title "VMA differential case 6154"
machine arch=x86_64 ram=256M
spawn main
main mmap 16K rw- private anon
main write 0x7ffff7ff6000
main mmap 32K --- private anon at=0x7ffff7feb000 fixed
main write 0x7ffff7ff6000
main mmap 4K rwx private anon
main munmap 0x7ffff7feb000 8K
main write 0x7ffff7ff5000
main write 0x7ffff7ff6000
