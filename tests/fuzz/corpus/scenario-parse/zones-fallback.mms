# Zones and fallback on x86_64: DMA below 16 MiB, DMA32 below 4 GiB, Normal above.
title "Zones and fallback (x86_64: DMA, DMA32, Normal)"
machine arch=x86_64 ram=4104M

note "This machine has 8 MiB above 4 GiB, so it has all three zones. A kernel allocation (GFP_KERNEL) starts at Normal."
note.zh_CN "这台机器在 4 GiB 以上还有 8 MiB，所以三个内存区都有。内核分配（GFP_KERNEL）从 Normal 区开始。"
kernel alloc_pages 10 as n1
expect nr_free normal 10 1
kernel alloc_pages 10 as n2
expect zone normal free 0

note "Normal is empty now: the next request falls back to DMA32, the next zone of the zonelist."
note.zh_CN "Normal 区现在空了：下一个请求回退到分配区列表中的下一个区 DMA32。"
kernel alloc_pages 0 as fallback
expect nr_free dma32 10 1019

note "A device that can only address 16 MiB asks for zone=dma (GFP_DMA): only the DMA zone will do."
note.zh_CN "只能寻址 16 MiB 的设备用 zone=dma（GFP_DMA）申请：只有 DMA 区可以满足。"
kernel alloc_pages 3 zone=dma as dmabuf
expect nr_free dma 3 0

note "A 32-bit device asks for zone=dma32: it is served from DMA32 even though Normal would be preferred otherwise."
note.zh_CN "32 位设备用 zone=dma32 申请：它由 DMA32 区满足。"
kernel alloc_pages 0 zone=dma32 as dev32
expect nr_free dma32 0 0

note "Freeing n1 refills Normal; the next kernel allocation comes from Normal again."
note.zh_CN "释放 n1 让 Normal 区重新有空闲块；下一次内核分配又来自 Normal 区。"
kernel free_pages n1
kernel alloc_pages 0 as back
expect nr_free normal 0 1
