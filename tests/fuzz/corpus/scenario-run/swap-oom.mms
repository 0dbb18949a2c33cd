# Under memory pressure the kernel reclaims: the LRU lists give referenced
# pages a second chance, anonymous pages go to swap; when nothing can be
# freed, the OOM killer kills the biggest process (mm/vmscan.c, mm/oom_kill.c).
title "Swapping under memory pressure and the OOM killer"
machine arch=x86_64 ram=8M swap=2M

spawn small
spawn hog
note "A machine with 8 MiB of RAM and 2 MiB of swap. hog fills most of memory."
note.zh_CN "一台只有 8 MiB 内存和 2 MiB 交换区的机器。hog 占满了大部分内存。"
hog mmap 6M rw- private anon as mem
hog write mem 6M
expect hog rss 6148K

note "small now wants memory too. There is no free frame left: direct reclaim scans the inactive LRU list from its tail, and hog's oldest anonymous pages are written to swap slots; their PTEs become swap entries."
note.zh_CN "small 现在也需要内存。已经没有空闲页框：直接回收从非活动 LRU 链表尾部扫描，hog 最旧的匿名页被写入交换槽，它们的页表项变成交换项。"
small mmap 2M rw- private anon as buf
small write buf 2M
expect swap 256K

note "hog touches its first page again: the PTE holds a swap entry, so do_swap_page reads it back (a major fault)."
note.zh_CN "hog 再次访问它的第一页：页表项是交换项，于是 do_swap_page 把它读回来（主缺页）。"
hog read mem
expect swap 252K

note "small asks for more than RAM and swap can hold. Reclaim frees nothing more, so the OOM killer kills the process with the largest RSS plus swap: hog."
note.zh_CN "small 申请的内存超过了内存与交换区的总和。回收再也释放不出页框，于是 OOM killer 杀死 RSS 加交换用量最大的进程：hog。"
small mmap 4M rw- private anon as more
small write more 4M
expect hog oom
expect small rss 6144K
