title "VMA differential case 6080"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff2000 12K ---
expect errno ENOMEM
main mprotect 0x7ffff7ff3000 4K rwx
expect errno ENOMEM
main mmap 8K rw- private anon at=0x7ffff7fe9000 fixed
main mmap 12K r-x private anon at=0x7ffff7fe6000 fixed
main mprotect 0x7ffff7fe6000 16K r--
main mprotect 0x7ffff7fea000 4K ---
main mmap 4K r-- private anon at=0x7ffff7fe6000 fixed
main mmap 4K r-- private anon
main mprotect 0x7ffff7fe5000 12K rwx
expect errno ENOMEM
main mprotect 0x7ffff7fea000 4K ---
main mprotect 0x7ffff7fe6000 20K r--
main mprotect 0x7ffff7fea000 4K rwx
main munmap 0x7ffff7feb000 4K
main mprotect 0x7ffff7fe7000 12K r--
main mmap 4K rw- private anon at=0x7ffff7fed000 fixed
main mprotect 0x7ffff7fed000 40K rw-
expect errno ENOMEM
main write 0x7ffff7fea000
main munmap 0x7ffff7fe8000 12K
