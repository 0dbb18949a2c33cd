title "VMA differential case 6268"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7fed000 8K rw-
expect errno ENOMEM
main mmap 8K rwx private anon at=0x7ffff7fed000 fixed
main mmap 4K rw- private anon
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7fee000 4K r-x
main mprotect 0x7ffff7fed000 8K r--
main mmap 4K rw- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7fef000
main mprotect 0x7ffff7ff6000 4K r-x
main mprotect 0x7ffff7fed000 8K r-x
main mprotect 0x7ffff7fef000 4K r--
main mprotect 0x7ffff7ff6000 4K r--
main mprotect 0x7ffff7fee000 8K r-x
main mmap 12K r-x private anon at=0x7ffff7fec000 fixed
main mprotect 0x7ffff7fec000 16K rw-
main mprotect 0x7ffff7ff6000 4K rw-
main munmap 0x7ffff7fec000 8K
