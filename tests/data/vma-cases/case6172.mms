title "VMA differential case 6172"
machine arch=x86_64 ram=256M
spawn main
main mmap 32K rw- private anon at=0x7ffff7fee000 fixed
main mprotect 0x7ffff7fef000 20K ---
main mprotect 0x7ffff7fef000 12K rwx
main mprotect 0x7ffff7ff1000 20K ---
main write 0x7ffff7fef000
main mmap 20K r-x private anon at=0x7ffff7ff2000 fixed
main mmap 8K rw- private anon at=0x7ffff7fef000 fixed
main write 0x7ffff7fef000
main mprotect 0x7ffff7ff0000 4K r--
main mprotect 0x7ffff7ff2000 20K r--
main mprotect 0x7ffff7ff4000 12K rw-
main mprotect 0x7ffff7fee000 36K ---
