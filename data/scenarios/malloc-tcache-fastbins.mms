# The tcache (7 chunks a bin), then the fastbins, then malloc_consolidate.
title "malloc: the tcache and the fastbins"
machine arch=x86_64 ram=64M

spawn app
note "Eight blocks of 24 bytes: each is a chunk of 32 bytes, carved one after the other from the top chunk."
note.zh_CN "八个 24 字节的内存块：每个都是 32 字节的 chunk，依次从 top chunk 切出。"
app malloc 24 as t1
app malloc 24 as t2
app malloc 24 as t3
app malloc 24 as t4
app malloc 24 as t5
app malloc 24 as t6
app malloc 24 as t7
app malloc 24 as t8
app malloc 24 as guard
expect app chunk t8 32

note "Seven frees fill the tcache bin of 32-byte chunks (7 of 7)."
note.zh_CN "七次释放填满了 32 字节 chunk 的 tcache bin（7 个，已满）。"
app free t1
app free t2
app free t3
app free t4
app free t5
app free t6
app free t7

note "The eighth free finds the tcache bin full: the chunk goes to the head of its fastbin. Fastbin chunks keep their in-use bit, so nothing coalesces."
note.zh_CN "第八次释放时 tcache bin 已满：chunk 放到其 fastbin 的链头。fastbin 中的 chunk 保留使用中标志，因此不会合并。"
app free t8

note "malloc(24) takes the newest tcache chunk (t7's): last in, first out."
note.zh_CN "malloc(24) 取走最新放入 tcache 的 chunk（t7 的）：后进先出。"
app malloc 24 as n1
expect app chunk n1 32

note "A request of 2000 bytes is a large-bin size: _int_malloc first calls malloc_consolidate, which merges the fastbin chunk with its free neighbours and moves it to the unsorted bin."
note.zh_CN "2000 字节属于 large bin 的大小：_int_malloc 先调用 malloc_consolidate，把 fastbin 中的 chunk 与相邻的空闲 chunk 合并，并移入 unsorted bin。"
app malloc 2000 as big
expect app chunk big 2016

note "Freeing t2 a second time: its key still marks it as a tcache chunk, glibc walks the bin, finds it, prints \"free(): double free detected in tcache 2\" and aborts."
note.zh_CN "第二次释放 t2：它的 key 仍标记它在 tcache 中，glibc 遍历该 bin 找到它，打印 “free(): double free detected in tcache 2” 并中止进程。"
app free t2
expect app abort
