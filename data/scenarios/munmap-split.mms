# munmap of the middle of a VMA splits it in two (mm/vma.c: __split_vma).
title "munmap splits a VMA"
machine arch=x86_64 ram=64M

spawn p
note "One 64 KiB VMA."
note.zh_CN "一个 64 KiB 的 VMA。"
p mmap 64K rw- private anon as region
p write region 64K
expect p rss 68K

note "Unmapping 16 KiB in the middle: split_vma cuts the VMA at both ends of the range, then the middle piece is removed. One VMA becomes two."
note.zh_CN "在中间解除映射 16 KiB：split_vma 在范围两端切开 VMA，然后删除中间一段。一个 VMA 变成两个。"
p munmap region+16K 16K
ask p vmas "The middle 16 KiB of region are unmapped. How many VMAs does p have now?"
ask.zh_CN "region 中间的 16 KiB 被解除映射。p 现在有多少个 VMA？"
expect p vmas 9
expect p rss 52K

note "Unmapping the first page: one split at the range's end."
note.zh_CN "解除第一页的映射：只需在范围末端切一次。"
p munmap region 4K
ask fault p read region "p reads the first page of region, which it has just unmapped. What happens?"
ask.zh_CN "p 读取 region 的第一页，而这一页刚被解除映射。会发生什么？"
expect p vmas 9

note "Mapping the hole again with the same protection: the new range merges with both neighbours (vma_merge), and one VMA remains."
note.zh_CN "用相同权限重新映射中间的空洞：新范围与两侧邻居合并（vma_merge），只剩一个 VMA。"
p mmap 16K rw- private anon at=region+16K fixed
expect p vmas 8
