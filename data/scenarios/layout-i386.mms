# The i386 3G/1G split: user space is 0..3 GiB, the kernel's is above
# 0xC0000000 (arch/x86/mm/mmap.c, a 2.6-era 32-bit kernel).
title "The i386 3G/1G layout next to x86_64"
machine arch=i386 ram=1G

note "On i386 a program is linked at 0x08048000, its stack ends at 0xC0000000 and mmap_base is 128 MiB below it: 0xB8000000. (On x86_64 the same program sits at 0x400000, its stack ends at 0x7ffffffff000, and mmap_base is 0x7ffff7fff000.)"
note.zh_CN "在 i386 上，程序链接在 0x08048000，栈结束于 0xC0000000，mmap_base 在其下 128 MiB：0xB8000000。（在 x86_64 上同样的程序位于 0x400000，栈结束于 0x7ffffffff000，mmap_base 是 0x7ffff7fff000。）"
spawn p
ask p vmas "How many VMAs does the new i386 process have?"
ask.zh_CN "新的 i386 进程有多少个 VMA？"
ask fault p read 0xc0001000 "p reads 0xc0001000, above the 3G/1G split. What happens?"
ask.zh_CN "p 读取 0xc0001000，它在 3G/1G 划分之上。会发生什么？"
expect p vmas 5

note "mmap grows down from mmap_base, as on x86_64. The page tables have two levels of 1024 entries: one PGD entry covers 4 MiB."
note.zh_CN "mmap 从 mmap_base 向下增长，与 x86_64 相同。页表只有两级，每级 1024 项：一个 PGD 项覆盖 4 MiB。"
p mmap 8M rw- private anon as buf
ask p rss "How much of p is resident right after the 8 MiB mmap (in KiB)?"
ask.zh_CN "刚映射 8 MiB 之后，p 有多少内存驻留（单位 KiB）？"
p write buf 8K
expect p rss 12K

note "User pages prefer HighMem: this machine has 1 GiB, so the 128 MiB above 896 MiB are HighMem, which the kernel cannot map permanently."
note.zh_CN "用户页优先使用高端内存：这台机器有 1 GiB，896 MiB 以上的 128 MiB 是高端内存，内核无法永久映射它们。"
p write buf+4M 64K
expect p rss 76K
