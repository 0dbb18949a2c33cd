# When the top chunk passes M_TRIM_THRESHOLD, free gives memory back with brk.
title "malloc: trimming the heap"
machine arch=x86_64 ram=64M

spawn app
note "Four blocks of 100 KiB (below the 128 KiB mmap threshold) grow the heap with brk, step by step."
note.zh_CN "四个 100 KiB 的内存块（低于 128 KiB 的 mmap 阈值）让堆通过 brk 一步步增长。"
app malloc 100K as a
app malloc 100K as b
app malloc 100K as c
app malloc 100K as d
expect app heap 532K

note "The program writes them all: 400 KiB of the heap are now in RAM."
note.zh_CN "程序把它们全部写入：堆中有 400 KiB 进入内存。"
app write a
app write b
app write c
app write d

note "free(b) and free(c): they coalesce into one free chunk in the unsorted bin. The heap does not shrink: memory in the middle cannot go back with brk."
note.zh_CN "free(b) 和 free(c)：二者合并为 unsorted bin 中的一个空闲 chunk。堆没有缩小：中间的内存无法通过 brk 归还。"
app free b
app free c
expect app heap 532K

note "free(d) borders the top: d, then the free chunk below it, merge into the top chunk. The top now passes M_TRIM_THRESHOLD (128 KiB), so systrim moves the break down and keeps only M_TOP_PAD (128 KiB): the kernel frees the frames of the pages above."
note.zh_CN "free(d) 紧邻 top chunk：d 以及它下面的空闲 chunk 都并入 top chunk。top chunk 超过了 M_TRIM_THRESHOLD（128 KiB），于是 systrim 下移程序断点，只保留 M_TOP_PAD（128 KiB）：内核释放了其上各页的页框。"
app free d
expect app heap 232K

note "free(a): the last block goes into the top too, and the heap shrinks to its first size."
note.zh_CN "free(a)：最后一个内存块也并入 top chunk，堆缩回最初的大小。"
app free a
expect app heap 132K
