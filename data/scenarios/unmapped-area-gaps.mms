# get_unmapped_area in Linux 6.x: mas_empty_area_rev follows the largest
# gap recorded for each child of the maple tree's internal nodes
# (mm/mmap.c: unmapped_area_topdown, lib/maple_tree.c).
title "get_unmapped_area walks the gaps"
machine arch=x86_64 ram=64M

spawn p
note "Twenty 4 KiB VMAs below mmap_base, alternately read-only and read-write, so that none merges: more than one leaf holds them, and the root, an arange_64 node, records for each leaf its largest gap."
note.zh_CN "在 mmap_base 之下有二十个 4 KiB 的 VMA，只读与可读写交替，因此都不合并：它们分布在不止一个叶节点中，而根（arange_64 节点）记录每个叶节点中最大的空隙。"
p mmap 4K r-- private anon as v1
p mmap 4K rw- private anon
p mmap 4K r-- private anon
p mmap 4K rw- private anon
p mmap 4K r-- private anon
p mmap 4K rw- private anon
p mmap 4K r-- private anon as v7
p mmap 4K rw- private anon
p mmap 4K r-- private anon
p mmap 4K rw- private anon
p mmap 4K r-- private anon
p mmap 4K rw- private anon
p mmap 4K r-- private anon as v13
p mmap 4K rw- private anon
p mmap 4K r-- private anon
p mmap 4K rw- private anon
p mmap 4K r-- private anon
p mmap 4K rw- private anon
p mmap 4K r-- private anon
p mmap 4K rw- private anon as v20
expect p vmas 27

note "Two holes: 8 KiB high up, 16 KiB lower down."
note.zh_CN "开两个洞：高处 8 KiB，低处 16 KiB。"
p munmap v7 8K
p munmap v13 16K
expect p vmas 21

note "A 12 KiB mmap: mas_empty_area_rev starts at the top and follows only the children whose recorded gap is at least 12 KiB. The 8 KiB hole is too small; the highest fit is the top of the 16 KiB hole."
note.zh_CN "一次 12 KiB 的 mmap：mas_empty_area_rev 从最高处开始，只进入记录的空隙至少为 12 KiB 的子节点。8 KiB 的洞太小；最高的可用位置是 16 KiB 洞的顶部。"
p mmap 12K r-x private anon as big
expect p vmas 22

note "An 8 KiB mmap: the 8 KiB hole is now the highest that fits, and it fills it exactly."
note.zh_CN "一次 8 KiB 的 mmap：现在 8 KiB 的洞是最高的可用位置，正好被填满。"
p mmap 8K r-x private anon as small
expect p vmas 23

note "A 16 KiB mmap fits no hole any more: it goes below all the VMAs."
note.zh_CN "一次 16 KiB 的 mmap 已经放不进任何洞：它被放在所有 VMA 之下。"
p mmap 16K r-x private anon as low
expect p vmas 24
