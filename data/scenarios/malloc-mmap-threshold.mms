# Requests of 128 KiB or more get their own mapping, until free raises the threshold.
title "malloc: the mmap threshold and its dynamic rise"
machine arch=x86_64 ram=64M

spawn app
note "A first small block sets up the tcache and 132 KiB of heap."
note.zh_CN "第一个小内存块建立了 tcache 和 132 KiB 的堆。"
app malloc 16 as small
expect app vmas 8

note "malloc(200 KiB) is above M_MMAP_THRESHOLD (128 KiB): sysmalloc_mmap gives it a mapping of its own, 204 KiB with the header, top-down below the vdso. The pointer is 16 bytes into its first page."
note.zh_CN "malloc(200 KiB) 超过了 M_MMAP_THRESHOLD（128 KiB）：sysmalloc_mmap 为它单独映射一块内存，连同头部共 204 KiB，自上而下放在 vdso 下方。指针位于第一页的第 16 字节处。"
app malloc 200K as big
expect app vmas 9
expect app chunk big 204K

note "free(big) gives the mapping back with munmap at once, and raises the threshold to the freed chunk's size (204 KiB): glibc guesses that blocks this size are a pattern of the program, and keeps the next ones in the heap. M_TRIM_THRESHOLD doubles with it."
note.zh_CN "free(big) 立即通过 munmap 归还这块映射，并把阈值提高到被释放 chunk 的大小（204 KiB）：glibc 认为这种大小的内存块是程序的常态，下次就放在堆里。M_TRIM_THRESHOLD 随之翻倍。"
app free big
expect app vmas 8

note "The same malloc(200 KiB) now comes from the heap: the top chunk is too small, so sysmalloc moves the break."
note.zh_CN "同样的 malloc(200 KiB) 现在从堆中分配：top chunk 不够大，于是 sysmalloc 移动程序断点。"
app malloc 200K as again
expect app vmas 8
expect app chunk again 204816

note "malloc(300 KiB) is above the new threshold: a mapping of its own again."
note.zh_CN "malloc(300 KiB) 超过了新的阈值：又是一块单独的映射。"
app malloc 300K as huge
expect app vmas 9
