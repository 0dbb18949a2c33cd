title "VMA differential case 6206"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K --- private anon
main mprotect 0x7ffff7ff4000 12K r-x
main mmap 24K --- private anon
main mprotect 0x7ffff7fee000 36K ---
main mmap 24K rw- private anon
main mprotect 0x7ffff7fee000 36K rw-
main munmap 0x7ffff7ff4000 12K
main mmap 4K --- private anon at=0x7ffff7ff6000 fixed
main mprotect 0x7ffff7fed000 28K r-x
main mprotect 0x7ffff7fea000 28K r-x
main mprotect 0x7ffff7fea000 24K ---
main mmap 20K rwx private anon
