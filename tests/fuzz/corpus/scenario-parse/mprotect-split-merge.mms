# mprotect splits a VMA where the protection changes and merges it back
# when the protection is restored (mm/mprotect.c: mprotect_fixup).
title "mprotect splitting and re-merging"
machine arch=x86_64 ram=64M

spawn p
note "A 32 KiB read-write region, not yet written."
note.zh_CN "一个 32 KiB 的可读写区域，尚未写入。"
p mmap 32K rw- private anon as r

note "Making the middle 8 KiB read-only splits the VMA into three."
note.zh_CN "把中间 8 KiB 设为只读，VMA 被分成三个。"
p mprotect r+8K 8K r--
expect p vmas 10

note "Making it read-write again: the flags equal the neighbours' again (VM_ACCOUNT too), so the three merge back into one."
note.zh_CN "再设回可读写：标志又与两侧相同（包括 VM_ACCOUNT），三个 VMA 合并回一个。"
p mprotect r+8K 8K rw-
expect p vmas 8

note "Now write the region (it gets an anon_vma) and make the middle read-only: VM_ACCOUNT stays set, because the VMA has an anon_vma."
note.zh_CN "现在写这个区域（它得到一个 anon_vma），再把中间设为只读：因为 VMA 已有 anon_vma，VM_ACCOUNT 保持不变。"
p write r 32K
p mprotect r+8K 8K r--
expect p vmas 10

note "A never-written read-only mapping right after the region does not merge with it: its flags lack VM_ACCOUNT."
note.zh_CN "紧接在该区域之后的一个从未写过的只读映射不会与之合并：它的标志中没有 VM_ACCOUNT。"
p mmap 8K r-- private anon at=r+32K fixed
expect p vmas 11

note "Restoring rw- in the middle merges the three written pieces back: they share one anon_vma."
note.zh_CN "把中间恢复为 rw-，三个写过的部分再次合并：它们共享同一个 anon_vma。"
p mprotect r+8K 8K rw-
expect p vmas 9
