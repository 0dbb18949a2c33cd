# The buddy allocator splits a large block to serve a small request, and
# merges the halves back when they are freed (mm/page_alloc.c).
title "Buddy allocator: split and merge"
machine arch=x86_64 ram=32M

note "At boot every zone's free frames are handed to the buddy allocator as the largest aligned blocks. DMA32 holds four order-10 blocks (4 MiB each); no list below order 10 has anything in it."
note.zh_CN "启动时，每个内存区的空闲页框都以最大的对齐块交给伙伴分配器。DMA32 区有四个 10 阶块（每块 4 MiB）；10 阶以下的链表都是空的。"
kernel alloc_pages 0 as a
ask nr_free dma32 10 "After the first order-0 allocation, how many order-10 blocks are free in DMA32?"
ask.zh_CN "第一次 0 阶分配之后，DMA32 区有多少个空闲的 10 阶块？"
expect nr_free dma32 10 3
expect nr_free dma32 0 1
expect nr_free dma32 9 1

note "A second single frame needs no split: the upper half left over from the first request is at the head of free_area[0]."
note.zh_CN "第二个单页框不需要再分裂：第一次分配剩下的上半块就在 free_area[0] 的表头。"
kernel alloc_pages 0 as b
ask nr_free dma32 0 "And how many free order-0 blocks does DMA32 have after the second?"
ask.zh_CN "第二次分配之后，DMA32 区有多少个空闲的 0 阶块？"
expect nr_free dma32 0 0

note "An order-2 request (4 frames) takes the order-2 block that the first split put on its list."
note.zh_CN "一个 2 阶请求（4 个页框）直接取走第一次分裂时放入 2 阶链表的块。"
kernel alloc_pages 2 as c
expect nr_free dma32 2 0

note "Freeing b: its buddy a is still allocated, so b cannot merge and goes to the head of free_area[0]."
note.zh_CN "释放 b：它的伙伴 a 仍在使用，所以 b 无法合并，只能放到 free_area[0] 的表头。"
kernel free_pages b
expect nr_free dma32 0 1

note "Freeing a: its buddy b is free at order 0, so they merge into an order-1 block, which merges again with its free buddy, and so on until c (still allocated) stops the climb at order 2."
note.zh_CN "释放 a：它的伙伴 b 在 0 阶空闲，于是合并成 1 阶块；这个块又与其空闲的伙伴合并……直到仍被占用的 c 使合并停在 2 阶。"
kernel free_pages a
expect nr_free dma32 0 0
expect nr_free dma32 1 0
expect nr_free dma32 2 1

note "Freeing c: every buddy on the way up is free now, so the blocks merge all the way back into one order-10 block."
note.zh_CN "释放 c：一路向上的每个伙伴现在都是空闲的，于是各块一直合并回一个 10 阶块。"
kernel free_pages c
ask nr_free dma32 10 "All three blocks are free again. How many order-10 blocks does DMA32 have?"
ask.zh_CN "三个块都已释放。DMA32 区有多少个 10 阶块？"
expect nr_free dma32 10 4
expect nr_free dma32 2 0
expect free 32764K
