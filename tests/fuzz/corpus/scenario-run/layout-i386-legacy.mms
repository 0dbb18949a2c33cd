# The legacy i386 layout: mmap grows up from TASK_UNMAPPED_BASE (1 GiB),
# as 2.6 kernels did for programs with an unlimited stack rlimit.
title "The i386 legacy (bottom-up) layout"
machine arch=i386-legacy ram=256M

note "In the legacy layout, mmap starts at TASK_UNMAPPED_BASE = 0x40000000 and grows up, so the heap can only grow to 1 GiB before it meets the mappings."
note.zh_CN "在传统布局中，mmap 从 TASK_UNMAPPED_BASE = 0x40000000 开始向上增长，所以堆增长到 1 GiB 就会碰到映射区。"
spawn p
expect p vmas 5
p mmap 64K rw- private anon as first
p mmap 64K rw- private anon as second
expect p vmas 6

note "The second mapping lies above the first: bottom-up. Equal flags and adjacent ranges: they merged into one VMA."
note.zh_CN "第二个映射位于第一个之上：自下而上。标志相同且地址相邻：它们合并成一个 VMA。"
p write second

note "A read-only mapping goes right above them: different flags, so a VMA of its own. The heap, at the image's end far below 1 GiB, can grow until it meets this area."
note.zh_CN "一个只读映射紧接在它们之上：标志不同，所以是单独的 VMA。位于映像末尾、远低于 1 GiB 的堆可以一直增长，直到碰到这个区域。"
p mmap 128K r-- private anon as third
expect p vmas 7
