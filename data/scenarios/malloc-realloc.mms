# realloc grows in place when it can, moves when it cannot, and uses mremap for mapped chunks.
title "malloc: realloc in place and by moving"
machine arch=x86_64 ram=64M

spawn app
note "A block of 100 bytes, right before the top chunk."
note.zh_CN "一个 100 字节的内存块，紧挨在 top chunk 之前。"
app malloc 100 as s
expect app chunk s 112

note "realloc(s, 1000): the next chunk is the top, so _int_realloc grows s in place: no copy, the pointer stays."
note.zh_CN "realloc(s, 1000)：下一个 chunk 就是 top chunk，所以 _int_realloc 原地扩展 s：不复制，指针不变。"
app realloc s 1000
expect app chunk s 1008

note "Another block now sits between s and the top."
note.zh_CN "现在另一个内存块位于 s 和 top chunk 之间。"
app malloc 10 as fence

note "realloc(s, 5000) cannot grow in place: _int_malloc finds a new chunk, the 1000 bytes are copied (memcpy), and the old chunk is freed to the tcache."
note.zh_CN "realloc(s, 5000) 无法原地扩展：_int_malloc 找到一个新 chunk，复制原来的 1000 字节（memcpy），旧 chunk 被释放到 tcache。"
app realloc s 5000
expect app chunk s 5008

note "realloc(s, 200 KiB) is above the mmap threshold: the block moves into a mapping of its own."
note.zh_CN "realloc(s, 200 KiB) 超过了 mmap 阈值：内存块搬进一块单独的映射。"
app realloc s 200K
expect app vmas 9

note "realloc(s, 300 KiB) of a mapped chunk is an mremap: the kernel moves or grows the mapping, and its page-table entries go with it; nothing is copied byte by byte."
note.zh_CN "对独立映射的 chunk 做 realloc(s, 300 KiB) 就是一次 mremap：内核移动或扩展这块映射，页表项随之移动；不逐字节复制。"
app realloc s 300K
expect app chunk s 304K

note "realloc(s, 0) frees the block (glibc's REALLOC_ZERO_BYTES_FREES) and returns NULL."
note.zh_CN "realloc(s, 0) 释放该内存块（glibc 的 REALLOC_ZERO_BYTES_FREES）并返回 NULL。"
app realloc s 0
expect app vmas 8
