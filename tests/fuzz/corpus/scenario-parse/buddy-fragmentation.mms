# External fragmentation: plenty of free memory, but no large block.
title "Buddy allocator: fragmentation"
machine arch=x86_64 ram=16M reserve=12M

note "Only the top 4 MiB of this machine are free: one order-10 block of 1024 frames in zone DMA."
note.zh_CN "这台机器只有最上面的 4 MiB 是空闲的：DMA 区中一个 1024 页框的 10 阶块。"
kernel alloc_pages 8 as a1
kernel alloc_pages 8 as a2
kernel alloc_pages 8 as a3
note "The fourth quarter goes too: memory is now full."
note.zh_CN "第四个四分之一也被分配：内存已满。"
kernel alloc_pages 8 as a4
expect free 0

note "Give back the first and the third quarter. Half of memory is free again..."
note.zh_CN "归还第一个和第三个四分之一。一半的内存又空闲了……"
kernel free_pages a1
kernel free_pages a3
expect free 2M
expect nr_free dma 8 2

note "...yet an order-9 request (2 MiB) fails: the two free blocks are not buddies, so they cannot merge into a 2 MiB block. This is external fragmentation."
note.zh_CN "……但一个 9 阶请求（2 MiB）却失败了：这两个空闲块不是伙伴，不能合并成 2 MiB 的块。这就是外部碎片。"
kernel alloc_pages 9 as big
expect errno ENOMEM
expect free 2M

note "Freeing a2 lets a1 and a2 merge into an order-9 block, and the request succeeds."
note.zh_CN "释放 a2 后，a1 与 a2 合并成一个 9 阶块，请求就成功了。"
kernel free_pages a2
expect nr_free dma 9 1
kernel alloc_pages 9 as big
expect ok
expect free 1M
