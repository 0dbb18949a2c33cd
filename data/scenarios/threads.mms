# Threads share one mm_struct.  pthread_create (glibc 2.36,
# nptl/allocatestack.c) maps each thread's stack with a guard page, then
# clone3 with CLONE_VM|CLONE_THREAD (kernel/fork.c: copy_process, copy_mm)
# raises mm_users; the leader's exit is exit_group (kernel/exit.c:
# do_group_exit, do_exit, mmput), and the mm goes when its last user does.
title "Threads sharing an mm"
machine arch=x86_64 ram=64M

spawn main
note "pthread_create maps the new thread's stack first: 8 MiB plus a 4 KiB guard page, PROT_NONE with MAP_STACK, then mprotect makes all but the lowest page read-write. clone3 with CLONE_VM|CLONE_THREAD runs copy_process(); copy_mm() gives the thread no mm of its own: mm_users grows to 2 while mm_count stays 1."
note.zh_CN "pthread_create 先映射新线程的栈：8 MiB 加一个 4 KiB 的保护页，以 PROT_NONE 和 MAP_STACK 映射，再用 mprotect 把除最低一页以外的部分改为可读写。带 CLONE_VM|CLONE_THREAD 的 clone3 执行 copy_process()；copy_mm() 不给线程自己的 mm：mm_users 增加到 2，而 mm_count 仍是 1。"
main pthread worker
expect worker vmas 9


note "The worker maps and writes a buffer: the main thread sees the same VMA and the same frames."
note.zh_CN "工作线程映射并写入一个缓冲区：主线程看到同一个 VMA 和同一批页框。"
worker mmap 32K rw- private anon as shared_buf
worker write shared_buf 32K
expect main rss 36K

note "The main thread writes the same buffer: no fault, the PTEs are already present and writable."
note.zh_CN "主线程写同一个缓冲区：没有缺页，页表项已经存在且可写。"
main write shared_buf 32K

note "A second thread: another 8 MiB stack and guard page, mm_users 3. Each stack is its own VMA (MAP_STACK makes it VM_NOHUGEPAGE), so the two never merge."
note.zh_CN "第二个线程：又一个 8 MiB 的栈和保护页，mm_users 为 3。每个栈都是单独的 VMA（MAP_STACK 使其带 VM_NOHUGEPAGE），两个栈不会合并。"
main pthread helper
expect main vmas 12

note "The worker returns from its start routine: do_exit() puts its reference (mmput()), mm_users drops to 2 and nothing is unmapped; glibc keeps the stack in its cache for the next thread."
note.zh_CN "工作线程从其启动函数返回：do_exit() 释放它的引用（mmput()），mm_users 降为 2，没有任何东西被解除映射；glibc 把这个栈留在缓存里给下一个线程用。"
worker exit
expect main vmas 12
expect main rss 36K

note "main returns from main(): glibc's exit() is exit_group. do_group_exit() ends every thread of the group (the helper too), each do_exit() puts the mm, and the last mmput() runs exit_mmap(): every VMA, page table and frame goes back."
note.zh_CN "main 从 main() 返回：glibc 的 exit() 即 exit_group。do_group_exit() 结束线程组中的每个线程（包括 helper），每个 do_exit() 都释放 mm，最后一次 mmput() 执行 exit_mmap()：所有 VMA、页表和页框都被归还。"
main exit
