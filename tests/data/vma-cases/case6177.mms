title "VMA differential case 6177"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fde000 32K ---
expect errno ENOMEM
main mmap 20K --- private anon
main mmap 12K rwx private anon
main mmap 28K -w- private anon at=0x7ffff7fe8000 fixed
main write 0x7ffff7fed000
main mprotect 0x7ffff7fef000 32K rw-
main munmap 0x7ffff7fef000 32K
main mprotect 0x7ffff7feb000 12K ---
main mprotect 0x7ffff7feb000 16K ---
main munmap 0x7ffff7fe9000 8K
main mmap 20K rw- private anon
main munmap 0x7ffff7fe7000 8K
main mmap 8K rwx private anon
