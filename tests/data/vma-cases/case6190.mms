title "VMA differential case 6190"
machine arch=x86_64 ram=256M
spawn main
main mmap 8K r-x private anon at=0x7ffff7fec000 fixed
main mmap 8K r-x private anon at=0x7ffff7fea000 fixed
main mprotect 0x7ffff7fea000 8K r--
main mmap 4K r-- private anon at=0x7ffff7fec000 fixed
main mmap 12K r-x private anon
main mmap 4K --- private anon at=0x7ffff7fea000 fixed
main mmap 12K rw- private anon at=0x7ffff7fea000 fixed
main mprotect 0x7ffff7fea000 16K rwx
main write 0x7ffff7fec000
main mmap 12K r-- private anon at=0x7ffff7feb000 fixed
main write 0x7ffff7fea000
