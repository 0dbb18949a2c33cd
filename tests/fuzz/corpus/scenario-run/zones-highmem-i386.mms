# Zones on i386: DMA below 16 MiB, Normal (lowmem) below 896 MiB, HighMem above.
title "Zones and fallback (i386: DMA, Normal, HighMem)"
machine arch=i386 ram=64M

note "A 32-bit kernel maps only 896 MiB of RAM directly; the frames above are HighMem. User pages prefer HighMem; kernel allocations never use it."
note.zh_CN "32 位内核只能直接映射 896 MiB 内存；以上的页框属于高端内存（HighMem）。用户页优先使用 HighMem；内核分配从不使用它。"
kernel alloc_pages 0 as k1
expect nr_free normal 0 1
expect zone highmem free 8M

note "zone=highmem asks as a user page would (GFP_HIGHUSER): HighMem first."
note.zh_CN "zone=highmem 像用户页一样申请（GFP_HIGHUSER）：先用 HighMem。"
kernel alloc_pages 10 zone=highmem as h1
kernel alloc_pages 10 zone=highmem as h2
expect zone highmem free 0

note "HighMem is exhausted, so the next highmem request falls back to Normal."
note.zh_CN "HighMem 已用完，所以下一个 highmem 请求回退到 Normal 区。"
kernel alloc_pages 0 zone=highmem as h3
expect nr_free normal 0 0

kernel free_pages h1
kernel free_pages h2
kernel free_pages h3
kernel free_pages k1
expect zone highmem free 8M
