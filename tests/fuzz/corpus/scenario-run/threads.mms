# Threads share one mm_struct: clone(CLONE_VM) raises mm_users, and the mm
# is torn down only when the last user is gone (kernel/fork.c: copy_mm).
title "Threads sharing an mm"
machine arch=x86_64 ram=64M

spawn main
note "clone with CLONE_VM: the new thread gets no mm of its own; mm_users grows to 2 while mm_count stays 1."
note.zh_CN "带 CLONE_VM 的 clone：新线程没有自己的 mm；mm_users 增加到 2，而 mm_count 仍是 1。"
main thread worker
expect worker vmas 7

note "The worker maps and writes a buffer: the main thread sees the same VMA and the same frames."
note.zh_CN "工作线程映射并写入一个缓冲区：主线程看到同一个 VMA 和同一批页框。"
worker mmap 32K rw- private anon as shared_buf
worker write shared_buf 32K
expect main rss 36K

note "The main thread writes the same buffer: no fault, the PTEs are already present and writable."
note.zh_CN "主线程写同一个缓冲区：没有缺页，页表项已经存在且可写。"
main write shared_buf 32K

note "The worker exits: mm_users drops to 1, nothing is unmapped."
note.zh_CN "工作线程退出：mm_users 降为 1，没有任何东西被解除映射。"
worker exit
expect main vmas 8
expect main rss 36K
