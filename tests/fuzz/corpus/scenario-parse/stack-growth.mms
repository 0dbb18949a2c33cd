# The stack VMA grows down on demand, up to the 8 MiB rlimit and never into
# the guard gap above the next mapping below (mm/mmap.c: expand_stack).
title "Stack growth and a stack overflow"
machine arch=x86_64 ram=64M

spawn p
note "The stack starts as a 132 KiB VM_GROWSDOWN VMA below the top of user space."
note.zh_CN "栈开始时是用户空间顶端下方一个 132 KiB 的 VM_GROWSDOWN VMA。"
p write stack 4K
expect p rss 8K

note "A deep call chain touches 64 KiB below the stack VMA: the fault finds no VMA, but the address is just below a VM_GROWSDOWN VMA, so expand_stack grows it."
note.zh_CN "深层调用链访问栈 VMA 下方 64 KiB 处：缺页时找不到 VMA，但地址紧挨着一个 VM_GROWSDOWN VMA 的下方，于是 expand_stack 扩展它。"
p write stack-64K
expect p rss 12K
expect p vmas 7

note "Touching 4 MiB down is fine too: the stack stays within its 8 MiB limit."
note.zh_CN "访问 4 MiB 以下也没问题：栈仍在 8 MiB 的限制之内。"
p write stack-4M
expect p rss 16K

note "Infinite recursion: 9 MiB below the top is beyond the 8 MiB rlimit. expand_stack refuses, and the access is a SIGSEGV (SEGV_MAPERR): a stack overflow."
note.zh_CN "无限递归：顶端以下 9 MiB 超出了 8 MiB 的限制。expand_stack 拒绝扩展，这次访问产生 SIGSEGV（SEGV_MAPERR）：栈溢出。"
p write 0x7ffffef00000
expect p segv
