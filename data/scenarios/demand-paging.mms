# Pages come into RAM only when touched; reads of untouched anonymous
# memory all map one shared zero page (mm/memory.c: do_anonymous_page).
title "Demand paging and the zero page"
machine arch=x86_64 ram=64M

spawn p
note "A 1 MiB anonymous mapping costs no RAM at all: only a VMA."
note.zh_CN "1 MiB 的匿名映射完全不占内存：只有一个 VMA。"
p mmap 1M rw- private anon as big
ask fault p read big "p reads the first page of the new mapping. What happens?"
ask.zh_CN "p 读取新映射的第一页。会发生什么？"
expect p rss 4K

note "Reading a page maps the shared zero page read-only. RSS does not grow: the zero page belongs to nobody."
note.zh_CN "读一页会以只读方式映射共享的零页。RSS 不增加：零页不属于任何进程。"
p read big
expect p rss 4K

note "Reading 64 KiB maps the same zero page sixteen times."
note.zh_CN "读 64 KiB 会把同一个零页映射十六次。"
p read big 64K
ask p rss "p has read 64 KiB. How much of it is resident now (in KiB)?"
ask.zh_CN "p 已经读了 64 KiB。现在有多少驻留（单位 KiB）？"
ask fault p write big+4K "p writes the second page, which it has only read so far. What happens?"
ask.zh_CN "p 写第二页，此前它只读过这一页。会发生什么？"
expect p rss 4K

note "Writing a page that maps the zero page is a copy-on-write fault: the zero page is always copied, here into a fresh zeroed frame."
note.zh_CN "写一个映射到零页的页面是一次写时复制缺页：零页总是被复制，这里复制到一个新的清零页框。"
p write big
ask fault p write big "p writes the first page once more. What happens?"
ask.zh_CN "p 再次写第一页。会发生什么？"
expect p rss 8K

note "Writing 256 KiB further on: 64 demand-zero faults, each with a new frame. The page tables grow as needed."
note.zh_CN "再往后写 256 KiB：64 次按需清零缺页，每次一个新页框。页表按需增长。"
p write big+512K 256K
expect p rss 264K

note "munmap gives the frames back to the buddy allocator and frees the page tables no VMA needs any more."
note.zh_CN "munmap 把页框还给伙伴分配器，并释放不再被任何 VMA 需要的页表。"
p munmap big 1M
expect p rss 4K
expect p vmas 7
expect free 65436K
