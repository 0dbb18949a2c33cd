# A maple tree leaf holds 16 slots; the store that needs a 17th splits it
# (lib/maple_tree.c: mas_wr_store_entry, mas_split).
title "The maple tree: a node splits"
machine arch=x86_64 ram=64M

spawn p
note "Since Linux 6.1 an mm keeps its VMAs in a maple tree. p's 7 VMAs and the 4 empty ranges between them fill 11 of the 16 slots of one leaf, the root. mmscope-cli mt-dump maple-node-split p shows it."
note.zh_CN "从 Linux 6.1 起，mm 用 maple 树保存它的 VMA。p 的 7 个 VMA 和它们之间的 4 段空范围占用了一个叶节点（即根）16 个槽位中的 11 个。"
p mmap 4K r-- private anon as a
expect p vmas 8

note "Each new page sits right below the last, with the other protection so that none merges: mas_wr_store_entry writes one more slot of the leaf each time."
note.zh_CN "每个新页紧挨在上一个之下，权限交替，因此都不会合并：mas_wr_store_entry 每次在叶节点中多写一个槽位。"
p mmap 4K rw- private anon as b
p mmap 4K r-- private anon as c
p mmap 4K rw- private anon as d
expect p vmas 11

note "The leaf now uses all its 16 slots."
note.zh_CN "叶节点的 16 个槽位现在全部用上了。"
p mmap 4K r-- private anon as e
expect p vmas 12

note "One more VMA needs a 17th slot: mas_split cuts the leaf in two halves and, the leaf being the root, puts a new root above them (an arange_64 node with the largest gap below each child)."
note.zh_CN "再来一个 VMA 就需要第 17 个槽位：mas_split 把叶节点一分为二；由于这个叶节点就是根，它在两半之上放一个新的根（arange_64 节点，记录每个子节点之下最大的空隙）。"
p mmap 4K rw- private anon as f
expect p vmas 13

note "Unmapping f, e and d: their range becomes NULL and joins the empty range beside it, which leaves the left leaf 6 slots, too few. mas_rebalance combines it with its right sibling, the two fit in one node, and the tree is one leaf again."
note.zh_CN "解除 f、e、d 的映射：它们的范围变成 NULL，并与旁边的空范围合并，左边的叶节点只剩 6 个槽位，太少了。mas_rebalance 把它与右边的兄弟节点合并，两者放得进一个节点，树又只剩一个叶节点。"
p munmap f 12K
expect p vmas 10
