# Two classic crashes: a NULL pointer read and a write to the text segment
# (arch/x86/mm/fault.c: bad_area, SEGV_MAPERR and SEGV_ACCERR).
title "SIGSEGV on a NULL read and on a write to text"
machine arch=x86_64 ram=64M

note "Two processes from the same image: they share its text pages in the page cache."
note.zh_CN "两个进程来自同一个映像：它们在页缓存中共享代码页。"
spawn a
spawn b
expect b vmas 7
note "a reads through a NULL pointer. No VMA contains address 0 (nothing may be mapped below mmap_min_addr, 64 KiB): SIGSEGV with SEGV_MAPERR, and a is killed."
note.zh_CN "a 通过空指针读取。没有任何 VMA 包含地址 0（mmap_min_addr 即 64 KiB 以下不允许映射）：SIGSEGV，代码 SEGV_MAPERR，a 被杀死。"
a read 0
expect a segv

note "b writes into its own code. The address is in the text VMA, but the VMA is r-x: the access is not allowed, SIGSEGV with SEGV_ACCERR."
note.zh_CN "b 写自己的代码段。地址在代码段 VMA 中，但该 VMA 是 r-x：访问不被允许，SIGSEGV，代码 SEGV_ACCERR。"
b write text+16
expect b segv
