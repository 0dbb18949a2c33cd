# The start of /bin/true on Linux 6.18 x86_64 (randomization off), replayed
# from its strace (tests/data/programs/true.strace, made with
# mmscope-cli import-strace and annotated by hand).  The kernel loads the
# program and ld.so (fs/binfmt_elf.c: load_elf_binary); then ld.so, in user
# space, maps libc with mmap, protects its RELRO pages with mprotect and
# drops the cache it read.  It needs this machine's /bin/true, ld.so and
# libc, whose layout the addresses below are.
title "A real start-up: /bin/true"
file ld.so.cache size=48091 path="/etc/ld.so.cache"
file libc.so.6 size=1926232 path="/usr/lib/x86_64-linux-gnu/libc.so.6"

note "execve(\"/bin/true\", [\"/bin/true\"], 0x7fffffffe728 /* 37 vars */) = 0.  load_elf_binary() builds the new mm: the stack at the top, the program's five PT_LOAD segments at ELF_ET_DYN_BASE 0x555555554000 (it is a PIE), its interpreter ld.so top-down below mmap_base, then the vdso below ld.so.  No libc yet: the kernel loads only the program and its interpreter."
note.zh_CN "execve(\"/bin/true\", ...) = 0。load_elf_binary() 构建新的 mm：栈在最高处，程序的 PT_LOAD 段位于 ELF_ET_DYN_BASE 0x555555554000（它是 PIE），解释器 ld.so 自 mmap_base 以下自顶向下映射，vdso 在 ld.so 之下。此时还没有 libc：内核只加载程序和它的解释器。"
spawn main elf=/bin/true
expect main vmas 12

note "brk(NULL) = 0x55555555e000: ld.so asks where the heap starts.  start_brk is the page-aligned end of the bss; there is no [heap] VMA until the break moves."
note.zh_CN "brk(NULL) = 0x55555555e000：ld.so 询问堆的起点。start_brk 是 bss 末尾按页对齐的地址；在程序断点（brk）移动之前没有 [heap] VMA。"
main brk 0x0
note "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000: ld.so's first scratch memory, placed top-down right below the vdso."
note.zh_CN "mmap(NULL, 8192, 读写, 私有匿名) = 0x7ffff7fc0000：ld.so 的第一块临时内存，自顶向下放在 vdso 正下方。"
main mmap 8192 rw- private anon
expect ok
note "mmap(NULL, 47839, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fb4000: ld.so maps /etc/ld.so.cache to look up libc.so.6."
note.zh_CN "mmap(NULL, 47839, 只读, 私有, 3, 0) = 0x7ffff7fb4000：ld.so 映射 /etc/ld.so.cache 以查找 libc.so.6。"
main mmap 47839 r-- private file=ld.so.cache offset=0x0
note "mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7dd2000: ld.so maps libc: first its whole span, read-only, to reserve the addresses (MAP_DENYWRITE is ignored since Linux 5.15)."
note.zh_CN "mmap(NULL, 1974096, 只读, 私有, 3, 0) = 0x7ffff7dd2000：ld.so 映射 libc：先以只读方式映射整个跨度以保留地址（MAP_DENYWRITE 自 Linux 5.15 起被忽略）。"
main mmap 1974096 r-- private file=libc.so.6 offset=0x0
expect main vmas 15
note "mmap(0x7ffff7df8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7ffff7df8000: then each segment MAP_FIXED over the reservation, here libc's code.  The reservation splits."
note.zh_CN "mmap(0x7ffff7df8000, 1400832, 读执行, 私有|MAP_FIXED, 3, 0x26000)：然后以 MAP_FIXED 把每个段映射到保留区上，这里是 libc 的代码段。保留区被拆分。"
main mmap 1400832 r-x private file=libc.so.6 offset=0x26000 at=0x7ffff7df8000 fixed
note "mmap(0x7ffff7f4e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7ffff7f4e000: libc's read-only data."
note.zh_CN "mmap(0x7ffff7f4e000, 339968, 只读, 私有|MAP_FIXED, 3, 0x17c000)：libc 的只读数据。"
main mmap 339968 r-- private file=libc.so.6 offset=0x17c000 at=0x7ffff7f4e000 fixed
note "mmap(0x7ffff7fa1000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7ffff7fa1000: libc's data, writable and private: copy-on-write pages of the file."
note.zh_CN "mmap(0x7ffff7fa1000, 24576, 读写, 私有|MAP_FIXED, 3, 0x1cf000)：libc 的数据段，可写且私有：文件页写时复制。"
main mmap 24576 rw- private file=libc.so.6 offset=0x1cf000 at=0x7ffff7fa1000 fixed
note "mmap(0x7ffff7fa7000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fa7000: libc's bss, anonymous memory over the rest of the reservation."
note.zh_CN "mmap(0x7ffff7fa7000, 53072, 读写, 私有匿名|MAP_FIXED)：libc 的 bss，用匿名内存覆盖保留区的其余部分。"
main mmap 53072 rw- private anon at=0x7ffff7fa7000 fixed
expect main vmas 19
note "mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dcf000: thread-local storage and the thread control block, below libc."
note.zh_CN "mmap(NULL, 12288, 读写, 私有匿名) = 0x7ffff7dcf000：线程局部存储和线程控制块，位于 libc 之下。"
main mmap 12288 rw- private anon
note "mprotect(0x7ffff7fa1000, 16384, PROT_READ) = 0: RELRO.  After relocation ld.so makes the first four pages of libc's data read-only.  The VMA splits; the read-only part does not merge with the read-only data before it although the file offsets are contiguous, because it keeps VM_ACCOUNT from when it was writable."
note.zh_CN "mprotect(0x7ffff7fa1000, 16384, 只读) = 0：RELRO。重定位完成后 ld.so 把 libc 数据段的前四页设为只读。VMA 被拆分；只读部分虽然与前面的只读数据文件偏移连续，却不会合并，因为它保留了可写时的 VM_ACCOUNT 标志。"
main mprotect 0x7ffff7fa1000 16384 r--
expect main vmas 21
note "mprotect(0x55555555c000, 4096, PROT_READ) = 0: RELRO of the program itself."
note.zh_CN "mprotect(0x55555555c000, 4096, 只读) = 0：程序自身的 RELRO。"
main mprotect 0x55555555c000 4096 r--
note "mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0: RELRO of ld.so."
note.zh_CN "mprotect(0x7ffff7ffb000, 8192, 只读) = 0：ld.so 的 RELRO。"
main mprotect 0x7ffff7ffb000 8192 r--
expect main vmas 23
note "munmap(0x7ffff7fb4000, 47839) = 0: the cache is no longer needed.  This is the address space that /proc/PID/maps shows when /bin/true calls exit_group."
note.zh_CN "munmap(0x7ffff7fb4000, 47839) = 0：不再需要该缓存。此时的地址空间就是 /bin/true 调用 exit_group 时 /proc/PID/maps 所显示的样子。"
main munmap 0x7ffff7fb4000 47839
expect main vmas 22
