# glibc 2.36's first malloc: tcache_init, then sysmalloc grows the heap.
title "malloc's first call: the tcache and 132 KiB of heap"
machine arch=x86_64 ram=64M

spawn app
expect app heap 0

note "malloc(100) is the program's first call: there is no tcache and no heap yet. tcache_init asks _int_malloc for 0x290 bytes (the tcache_perthread_struct); the top chunk is empty, so sysmalloc grows the break by 0x290 + 128 KiB (M_TOP_PAD) + 32 bytes, rounded up to pages: 132 KiB. Then the 100 bytes come from the new top: a chunk of 112 bytes (100 + 8 for the header, rounded up to 16)."
note.zh_CN "malloc(100) 是程序的第一次调用：此时既没有 tcache 也没有堆。tcache_init 向 _int_malloc 申请 0x290 字节（tcache_perthread_struct）；top chunk 是空的，于是 sysmalloc 把程序断点上移 0x290 + 128 KiB（M_TOP_PAD）+ 32 字节，按页向上取整：132 KiB。随后 100 字节从新的 top chunk 切出：一个 112 字节的 chunk（100 加 8 字节头部，按 16 向上取整）。"
app malloc 100 as a
expect app heap 132K
expect app chunk a 112
expect app vmas 8

note "Only the heap's first page is in RAM: glibc cleared the tcache's struct and wrote three chunk headers there. The other 32 pages of the heap cost nothing until something writes them."
note.zh_CN "堆中只有第一页在内存里：glibc 在这一页清零了 tcache 的结构并写了三个 chunk 头部。堆的其余 32 页在被写入之前不占内存。"
app malloc 100 as b
expect app chunk b 112

note "free(a): the chunk goes to the tcache (its bin holds 1 of 7). No lock and no coalescing: to the arena the chunk still looks in use."
note.zh_CN "free(a)：chunk 进入 tcache（该 bin 现有 1 个，上限 7 个）。不加锁也不合并：在 arena 看来这个 chunk 仍在使用中。"
app free a

note "malloc(100) again: tcache_get hands the same chunk back at once, without touching the arena."
note.zh_CN "再次 malloc(100)：tcache_get 立刻把同一个 chunk 交回，完全不经过 arena。"
app malloc 100 as c
expect app chunk c 112

note "The program fills its block: a write of the usable size (104 bytes) stays in the first page, which is already there."
note.zh_CN "程序写满它的内存块：写入可用大小（104 字节），仍在已经存在的第一页里。"
app write c
expect app heap 132K
