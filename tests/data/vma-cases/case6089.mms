title "VMA differential case 6089"
machine arch=x86_64 ram=256M
spawn main
main munmap 0x7ffff7fe8000 32K
main mmap 28K --- private anon
main mprotect 0x7ffff7ff0000 20K r--
main munmap 0x7ffff7ff0000 28K
main munmap 0x7ffff7ff2000 20K
main mmap 28K r-x private anon
main munmap 0x7ffff7ff5000 8K
main mprotect 0x7ffff7ff0000 20K rw-
