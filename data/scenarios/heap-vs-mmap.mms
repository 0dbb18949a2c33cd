# glibc's malloc takes small blocks from the heap (brk) and blocks of
# 128 KiB or more (M_MMAP_THRESHOLD) from their own mmap.
title "Heap growth with brk against a large anonymous mmap"
machine arch=x86_64 ram=64M

spawn app
note "malloc(1000) finds no heap yet: glibc grows the break by 132 KiB (its default top pad). sys_brk creates the [heap] VMA right after the bss; it never merges with the bss."
note.zh_CN "malloc(1000) 时还没有堆：glibc 把程序断点（brk）上移 132 KiB（默认的 M_TOP_PAD）。sys_brk 在 bss 之后创建 [heap] VMA；它从不与 bss 合并。"
app brk +132K
ask app vmas "brk grew the heap by 132 KiB. How many VMAs does app have?"
ask.zh_CN "brk 让堆增长了 132 KiB。app 有多少个 VMA？"
expect app vmas 8

note "The allocation is written: one page of the heap is now in RAM."
note.zh_CN "写入分配的内存：堆中有一页进入内存。"
app write heap 1000
expect app rss 8K

note "More small allocations fit in the heap; when it runs out, the break moves again and the same [heap] VMA grows."
note.zh_CN "更多的小分配都放在堆里；堆用完时程序断点（brk）再次上移，同一个 [heap] VMA 随之增长。"
app brk +64K
ask app vmas "The heap grows by another 64 KiB. How many VMAs now?"
ask.zh_CN "堆又增长了 64 KiB。现在有多少个 VMA？"
expect app vmas 8

note "malloc(256 KiB) is above the 128 KiB mmap threshold: glibc asks mmap for its own mapping, placed top-down below the vdso, so free() can give it back to the kernel at once."
note.zh_CN "malloc(256 KiB) 超过了 128 KiB 的 mmap 阈值：glibc 为它单独调用 mmap，映射自上而下放在 vdso 下方，这样 free() 可以立即把它还给内核。"
app mmap 260K rw- private anon as large
ask fault app write large "app writes the first page of the large mapping. What happens?"
ask.zh_CN "app 写大映射的第一页。会发生什么？"
expect app vmas 9
app write large 260K
expect app rss 268K

note "free() of the large block is a munmap: its frames go back at once."
note.zh_CN "释放大块内存就是 munmap：它的页框立即归还。"
app munmap large 260K
expect app rss 8K
expect app vmas 8

note "free() of small blocks does not shrink the heap until the top is free; then glibc trims it with brk."
note.zh_CN "释放小块内存不会缩小堆，直到堆顶空闲；之后 glibc 用 brk 收缩它。"
app brk -64K
expect ok
