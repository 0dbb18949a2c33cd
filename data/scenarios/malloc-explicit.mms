# The textbook explicit allocator, as glibc implements it, with the kernel below.
title "An explicit allocator: malloc's blocks and what the kernel sees"
machine arch=x86_64 ram=64M

spawn app
note "The program allocates four blocks. To the kernel this is one brk: a [heap] VMA of 132 KiB with no frames behind it yet but the first page, where glibc wrote its headers."
note.zh_CN "程序分配了四个内存块。在内核看来这只是一次 brk：一个 132 KiB 的 [heap] VMA，除了 glibc 写入头部的第一页外，还没有任何页框。"
app malloc 3000 as p1
app malloc 3000 as p2
app malloc 3000 as p3
app malloc 3000 as p4
expect app heap 132K

note "The program writes p1 to p4: the page faults bring the pages under the blocks in, one demand-zero frame each. malloc itself caused none of them."
note.zh_CN "程序写入 p1 到 p4：缺页异常把这些内存块下面的页调入内存，每页一个按需清零的页框。malloc 本身没有引起这些缺页。"
app write p1
app write p2
app write p3
app write p4

note "free(p2): the block becomes a free chunk in the unsorted bin. Its memory stays resident: free gives nothing back to the kernel, which still sees the same VMA and the same frames."
note.zh_CN "free(p2)：内存块变成 unsorted bin 中的一个空闲 chunk。它的内存仍然驻留：free 不把任何东西还给内核，内核看到的还是同一个 VMA 和同样的页框。"
app free p2
expect app heap 132K

note "A fork copies the heap with the address space: the child's malloc state is the parent's, its pages shared copy-on-write."
note.zh_CN "fork 连同地址空间一起复制了堆：子进程的 malloc 状态与父进程相同，其页面以写时复制方式共享。"
app fork child

note "The child's malloc(2000) reuses p2's free chunk, as the parent's would; writing the headers is a write to a shared page, so do_wp_page copies it for the child."
note.zh_CN "子进程的 malloc(2000) 重用了 p2 的空闲 chunk，与父进程会做的一样；写入头部就是写共享页，因此 do_wp_page 为子进程复制该页。"
child malloc 2000 as q
expect child chunk q 2016
