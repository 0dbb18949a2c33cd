# execve builds a new mm from the new image and drops the old one
# (fs/exec.c: exec_mmap, kernel/fork.c: mmput).
title "exec replacing an image"
machine arch=x86_64 ram=64M

spawn shell
shell mmap 64K rw- private anon as buf
shell write buf 64K
note "The shell forks: the child shares the parent's frames copy-on-write."
note.zh_CN "shell 调用 fork：子进程以写时复制方式共享父进程的页框。"
shell fork cmd
expect cmd rss 68K

note "The child execs a bigger program: a new mm_struct is built from the new image (text, rodata, data, bss, stack, vdso), the task switches to it, and the old mm is put: its mm_users drops to zero, so exit_mmap unmaps everything and the shared frames lose a mapper."
note.zh_CN "子进程 exec 一个更大的程序：从新映像构建新的 mm_struct（代码、只读数据、数据、bss、栈、vdso），任务切换过去，旧的 mm 被释放：其 mm_users 降为零，exit_mmap 解除所有映射，共享的页框各少一个映射者。"
cmd exec text=64K rodata=16K data=16K bss=32K
expect cmd vmas 8
expect cmd rss 4K
expect shell rss 68K

note "The new program runs: its bss is demand-zero memory like any anonymous mapping."
note.zh_CN "新程序开始运行：它的 bss 和其他匿名映射一样是按需清零的内存。"
cmd write bss 32K
expect cmd rss 36K
