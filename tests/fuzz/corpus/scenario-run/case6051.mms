title "VMA differential case 6051"
machine arch=x86_64 ram=16M
spawn main
main munmap 0x7ffff7fed000 4K
main mmap 4K rw- private anon at=0x7ffff7feb000 fixed
main mmap 12K rw- private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7feb000 16K rw-
main munmap 0x7ffff7ff1000 8K
main mmap 4K rw- private anon at=0x7ffff7fec000 fixed
main mmap 8K r-x private anon at=0x7ffff7fea000 fixed
main write 0x7ffff7fed000
main mprotect 0x7ffff7fea000 12K rw-
main write 0x7ffff7fed000
main write 0x7ffff7fec000
main mprotect 0x7ffff7fea000 20K rw-
main mprotect 0x7ffff7fec000 12K rw-
main mmap 4K r-- private anon at=0x7ffff7fe9000 fixed
