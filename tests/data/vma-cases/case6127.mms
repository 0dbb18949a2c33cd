title "VMA differential case 6127"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fe9000 12K r-x
expect errno ENOMEM
main mmap 4K rw- private anon
main mmap 4K --- private anon
main mmap 16K -w- private anon
main write 0x7ffff7ff3000
main munmap 0x7ffff7ff1000 4K
main mmap 32K -w- private anon
main write 0x7ffff7ff6000
main mprotect 0x7ffff7ff1000 12K -w-
main mmap 12K rwx private anon
