# fork() copies the address space lazily: copy-on-write (kernel/fork.c, mm/memory.c).
title "Fork and copy-on-write"
machine arch=x86_64 ram=64M

note "A process starts: text, data and bss from its image, the stack at the top, and the vdso pages below mmap_base."
note.zh_CN "一个进程启动：代码段、数据段和 bss 来自程序映像，栈在最高处，vdso 页位于 mmap_base 之下。"
spawn parent
expect parent vmas 7

note "It maps 16 KiB of anonymous memory. Nothing is in RAM yet: the VMA only reserves the addresses."
note.zh_CN "它映射 16 KiB 匿名内存。此时内存中还没有任何页：VMA 只是预留了地址范围。"
parent mmap 16K rw- private anon as buf
expect parent rss 4K

note "Writing all four pages faults four times: do_anonymous_page gives each a zeroed frame, and the VMA gets an anon_vma."
note.zh_CN "写这四页会触发四次缺页：do_anonymous_page 为每页分配一个清零的页框，VMA 也得到一个 anon_vma。"
parent write buf 16K
expect parent rss 20K
expect free 65420K

note "fork copies every VMA. Where a VMA has an anon_vma, the page tables are copied too, and every private writable PTE becomes read-only in both processes: the frames are now shared."
note.zh_CN "fork 复制每个 VMA。有 anon_vma 的 VMA 还会复制页表，所有私有可写的页表项在父子进程中都变成只读：页框现在是共享的。"
parent fork child
ask child rss "How much of the child is resident right after fork (in KiB)?"
ask.zh_CN "fork 刚结束时，子进程有多少内存驻留（单位 KiB）？"
ask fault child write buf "The child writes the first page of buf. What happens?"
ask.zh_CN "子进程写 buf 的第一页。会发生什么？"
expect child rss 20K
expect free 65400K

note "The child writes one page. Its PTE is read-only, so the write faults; the frame is mapped twice, so do_wp_page copies it to a new frame for the child."
note.zh_CN "子进程写其中一页。它的页表项是只读的，所以写操作触发缺页；该页框被映射了两次，于是 do_wp_page 为子进程把它复制到一个新页框。"
child write buf
ask fault parent write buf "Now the parent writes the same page. What happens?"
ask.zh_CN "现在父进程写同一页。会发生什么？"
expect free 65396K

note "Now the parent writes the same page. Its frame is mapped only once, by the parent, so do_wp_page reuses it in place: no copy."
note.zh_CN "现在父进程写同一页。它的页框只被父进程映射一次，所以 do_wp_page 直接复用：不再复制。"
parent write buf
expect free 65396K

note "The child exits: its private copy is freed and the shared frames lose one mapper each."
note.zh_CN "子进程退出：它的私有副本被释放，共享页框各自少了一个映射者。"
child exit
expect free 65420K

note "The parent writes the rest: each frame is mapped once now, so every write fault reuses its frame."
note.zh_CN "父进程写其余各页：每个页框现在只有一个映射者，所以每次写缺页都直接复用页框。"
parent write buf+4K 12K
expect parent rss 20K
