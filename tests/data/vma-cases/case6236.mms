title "VMA differential case 6236"
machine arch=x86_64 ram=256M
spawn main
main mmap 12K r-x private anon at=0x7ffff7ff4000 fixed
main mmap 28K rwx private anon
main mprotect 0x7ffff7fef000 20K rwx
main write 0x7ffff7ff1000
main munmap 0x7ffff7ff4000 12K
main mprotect 0x7ffff7fed000 28K r-x
main mmap 8K r-- private anon
main mprotect 0x7ffff7fed000 28K rwx
main write 0x7ffff7fed000
main mmap 16K rw- private anon at=0x7ffff7ff3000 fixed
main munmap 0x7ffff7ff1000 24K
main mmap 12K r-- private anon
main mmap 20K r-x private anon at=0x7ffff7ff1000 fixed
