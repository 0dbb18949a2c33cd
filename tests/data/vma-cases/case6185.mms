title "VMA differential case 6185"
machine arch=x86_64 ram=256M
spawn main
main mprotect 0x7ffff7ff0000 4K rw-
expect errno ENOMEM
main mmap 8K r-x private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 8K rw-
main mmap 4K r-x private anon
main mmap 4K rw- private anon at=0x7ffff7ff0000 fixed
main mprotect 0x7ffff7ff0000 28K r-x
expect errno ENOMEM
main mmap 12K rw- private anon
main mmap 8K rw- private anon
main write 0x7ffff7fef000
main mprotect 0x7ffff7ff6000 4K rw-
main mmap 12K rwx private anon at=0x7ffff7fed000 fixed
main mmap 12K --- private anon at=0x7ffff7ff1000 fixed
