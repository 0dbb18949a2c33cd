# The same VMAs in the red-black tree of Linux 2.6 to 6.0 and in the maple
# tree of Linux 6.1 and later (lib/rbtree.c, lib/maple_tree.c).
title "From the red-black tree to the maple tree"
machine arch=x86_64 ram=64M

spawn p
note "The course notes teach mm->mmap, a sorted list, and mm->mm_rb, a red-black tree with one node per VMA. Linux 6.1 replaced both by mm->mm_mt, a maple tree: a B-tree of ranges whose leaves hold up to 16 slots, the empty ranges included. mmscope keeps both, from the same VMAs."
note.zh_CN "课程讲义讲的是 mm->mmap（有序链表）和 mm->mm_rb（每个 VMA 一个节点的红黑树）。Linux 6.1 用 mm->mm_mt（maple 树）取代了二者：一棵范围 B 树，叶节点最多 16 个槽位，空范围也占槽位。mmscope 同时保留两者，内容是同样的 VMA。"
p mmap 8K r-- private anon as a

note "Each mmap is one insertion into the red-black tree (rb_link_node, then recolourings and rotations) and one store into the maple tree (mas_wr_store_entry)."
note.zh_CN "每次 mmap 都是红黑树的一次插入（rb_link_node，然后重新着色和旋转），也是 maple 树的一次存储（mas_wr_store_entry）。"
p mmap 8K rw- private anon as b
p mmap 8K r-- private anon as c
p mmap 8K rw- private anon as d
expect p vmas 11

note "munmap in the middle: the rbtree erases the node and rebalances; the maple tree stores NULL over the range, which joins the empty ranges beside it (none here)."
note.zh_CN "在中间 munmap：红黑树删除节点并重新平衡；maple 树在该范围存入 NULL，与两侧的空范围合并（这里没有）。"
p munmap b 8K
expect p vmas 10

note "mprotect of c's lower half to rw-: it merges into d just below (vma_merge_existing_range). The rbtree only sees d's and c's ranges change; the maple tree gets one store, d over its grown range."
note.zh_CN "把 c 的下半部分 mprotect 成 rw-：它并入紧挨在下方的 d（vma_merge_existing_range）。红黑树只是看到 d 和 c 的范围改变；maple 树只做一次存储：把 d 存到它扩大后的范围。"
p mprotect c 4K rw-
expect p vmas 10
