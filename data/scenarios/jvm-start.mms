# A JVM starts: `java -version` (OpenJDK 17) as strace -f recorded it on Linux 6.18 and
# mmscope-cli import-strace replayed it, every thread included.  The real process had 194
# lines in /proc/PID/maps at its exit_group; this scenario ends with the same 194 (test-import).
# The big PROT_NONE, MAP_NORESERVE mappings are reservations: address space the JVM claims
# for its heap, code cache and class space without memory behind it (no page, no charge).
# The launcher's ELF is bundled (data/scenarios/elf), the libraries are replayed from the
# trace, so the scenario runs where no JDK is installed.
# java.strace, replayed: written by mmscope-cli import-strace.
# The traced process is `main`; tPID is one of its threads, pPID a child
# process.  Each mmap, munmap, mprotect, mremap, brk, clone and exit
# is a step, with the call as strace printed it for its note.
# 7 other calls (other processes, madvise...) are not replayed.
title "A JVM starts: java -version and its reservations"
file java size=14392 path="/usr/lib/jvm/java-17-openjdk-amd64/bin/java"
file ld.so.cache size=48235 path="/etc/ld.so.cache"
file libz.so.1.2.13 size=121280 path="/usr/lib/x86_64-linux-gnu/libz.so.1.2.13"
file libjli.so size=69296 path="/usr/lib/jvm/java-17-openjdk-amd64/lib/libjli.so"
file libc.so.6 size=1926232 path="/usr/lib/x86_64-linux-gnu/libc.so.6"
file libjvm.so size=24112704 path="/usr/lib/jvm/java-17-openjdk-amd64/lib/server/libjvm.so"
file libstdc__.so.6.0.30 size=2190440 path="/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30"
file libm.so.6 size=911904 path="/usr/lib/x86_64-linux-gnu/libm.so.6"
file libgcc_s.so.1 size=125312 path="/usr/lib/x86_64-linux-gnu/libgcc_s.so.1"
file libjimage.so size=39624 path="/usr/lib/jvm/java-17-openjdk-amd64/lib/libjimage.so"
file modules size=128651445 path="/usr/lib/jvm/java-17-openjdk-amd64/lib/modules"
file f4470 size=1 path="/tmp/hsperfdata_root/4470"
file libjava.so size=185176 path="/usr/lib/jvm/java-17-openjdk-amd64/lib/libjava.so"
file classes.jsa size=13549568 path="/usr/lib/jvm/java-17-openjdk-amd64/lib/server/classes.jsa"
file libjsvml.so size=870880 path="/usr/lib/jvm/java-17-openjdk-amd64/lib/libjsvml.so"
file locale-archive size=3264112 path="/usr/lib/locale/locale-archive"
file LC_IDENTIFICATION size=258 path="/usr/lib/locale/C.utf8/LC_IDENTIFICATION"
file gconv-modules.cache size=27028 path="/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache"
file LC_MEASUREMENT size=23 path="/usr/lib/locale/C.utf8/LC_MEASUREMENT"
file LC_TELEPHONE size=47 path="/usr/lib/locale/C.utf8/LC_TELEPHONE"
file LC_ADDRESS size=127 path="/usr/lib/locale/C.utf8/LC_ADDRESS"
file LC_NAME size=62 path="/usr/lib/locale/C.utf8/LC_NAME"
file LC_PAPER size=34 path="/usr/lib/locale/C.utf8/LC_PAPER"
file SYS_LC_MESSAGES size=48 path="/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES"
file LC_MONETARY size=270 path="/usr/lib/locale/C.utf8/LC_MONETARY"
file LC_COLLATE size=1406 path="/usr/lib/locale/C.utf8/LC_COLLATE"
file LC_TIME size=3360 path="/usr/lib/locale/C.utf8/LC_TIME"
file LC_NUMERIC size=50 path="/usr/lib/locale/C.utf8/LC_NUMERIC"
file LC_CTYPE size=353616 path="/usr/lib/locale/C.utf8/LC_CTYPE"

note "execve(\"/usr/lib/jvm/java-17-openjdk-amd64/bin/java\", [\"/usr/lib/jvm/java-17-openjdk-amd\"..., \"-version\"], 0x7fffffffe6f8 /* 37 vars */) = 0"
note.zh_CN "系统调用：execve(\"/usr/lib/jvm/java-17-openjdk-amd64/bin/java\", [\"/usr/lib/jvm/java-17-openjdk-amd\"..., \"-version\"], 0x7fffffffe6f8 /* 37 vars */) = 0"
spawn main elf=/usr/lib/jvm/java-17-openjdk-amd64/bin/java -version
note "brk(NULL) = 0x555555559000"
note.zh_CN "系统调用：brk(NULL) = 0x555555559000"
main brk 0x0
note "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000"
note.zh_CN "系统调用：mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000"
main mmap 8192 rw- private anon
note "mmap(NULL, 48235, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fb4000"
note.zh_CN "系统调用：mmap(NULL, 48235, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fb4000"
main mmap 48235 r-- private file=ld.so.cache offset=0x0
note "mmap(NULL, 123280, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7f95000"
note.zh_CN "系统调用：mmap(NULL, 123280, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7f95000"
main mmap 123280 r-- private file=libz.so.1.2.13 offset=0x0
note "mmap(0x7ffff7f98000, 77824, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x3000) = 0x7ffff7f98000"
note.zh_CN "系统调用：mmap(0x7ffff7f98000, 77824, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x3000) = 0x7ffff7f98000"
main mmap 77824 r-x private file=libz.so.1.2.13 offset=0x3000 at=0x7ffff7f98000 fixed
note "mmap(0x7ffff7fab000, 28672, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x16000) = 0x7ffff7fab000"
note.zh_CN "系统调用：mmap(0x7ffff7fab000, 28672, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x16000) = 0x7ffff7fab000"
main mmap 28672 r-- private file=libz.so.1.2.13 offset=0x16000 at=0x7ffff7fab000 fixed
note "mmap(0x7ffff7fb2000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1c000) = 0x7ffff7fb2000"
note.zh_CN "系统调用：mmap(0x7ffff7fb2000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1c000) = 0x7ffff7fb2000"
main mmap 8192 rw- private file=libz.so.1.2.13 offset=0x1c000 at=0x7ffff7fb2000 fixed
note "mmap(NULL, 61744, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7f85000"
note.zh_CN "系统调用：mmap(NULL, 61744, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7f85000"
main mmap 61744 r-- private file=libjli.so offset=0x0
note "mmap(0x7ffff7f87000, 36864, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x2000) = 0x7ffff7f87000"
note.zh_CN "系统调用：mmap(0x7ffff7f87000, 36864, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x2000) = 0x7ffff7f87000"
main mmap 36864 r-x private file=libjli.so offset=0x2000 at=0x7ffff7f87000 fixed
note "mmap(0x7ffff7f90000, 12288, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0xb000) = 0x7ffff7f90000"
note.zh_CN "系统调用：mmap(0x7ffff7f90000, 12288, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0xb000) = 0x7ffff7f90000"
main mmap 12288 r-- private file=libjli.so offset=0xb000 at=0x7ffff7f90000 fixed
note "mmap(0x7ffff7f93000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0xd000) = 0x7ffff7f93000"
note.zh_CN "系统调用：mmap(0x7ffff7f93000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0xd000) = 0x7ffff7f93000"
main mmap 8192 rw- private file=libjli.so offset=0xd000 at=0x7ffff7f93000 fixed
note "mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7da3000"
note.zh_CN "系统调用：mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7da3000"
main mmap 1974096 r-- private file=libc.so.6 offset=0x0
note "mmap(0x7ffff7dc9000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7ffff7dc9000"
note.zh_CN "系统调用：mmap(0x7ffff7dc9000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7ffff7dc9000"
main mmap 1400832 r-x private file=libc.so.6 offset=0x26000 at=0x7ffff7dc9000 fixed
note "mmap(0x7ffff7f1f000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7ffff7f1f000"
note.zh_CN "系统调用：mmap(0x7ffff7f1f000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7ffff7f1f000"
main mmap 339968 r-- private file=libc.so.6 offset=0x17c000 at=0x7ffff7f1f000 fixed
note "mmap(0x7ffff7f72000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7ffff7f72000"
note.zh_CN "系统调用：mmap(0x7ffff7f72000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7ffff7f72000"
main mmap 24576 rw- private file=libc.so.6 offset=0x1cf000 at=0x7ffff7f72000 fixed
note "mmap(0x7ffff7f78000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f78000"
note.zh_CN "系统调用：mmap(0x7ffff7f78000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f78000"
main mmap 53072 rw- private anon at=0x7ffff7f78000 fixed
note "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7da1000"
note.zh_CN "系统调用：mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7da1000"
main mmap 8192 rw- private anon
note "mprotect(0x7ffff7f72000, 16384, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7f72000, 16384, PROT_READ) = 0"
main mprotect 0x7ffff7f72000 16384 r--
note "mprotect(0x7ffff7fb2000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7fb2000, 4096, PROT_READ) = 0"
main mprotect 0x7ffff7fb2000 4096 r--
note "mprotect(0x7ffff7f93000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7f93000, 4096, PROT_READ) = 0"
main mprotect 0x7ffff7f93000 4096 r--
note "mprotect(0x555555557000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x555555557000, 4096, PROT_READ) = 0"
main mprotect 0x555555557000 4096 r--
note "mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0"
main mprotect 0x7ffff7ffb000 8192 r--
note "munmap(0x7ffff7fb4000, 48235) = 0"
note.zh_CN "系统调用：munmap(0x7ffff7fb4000, 48235) = 0"
main munmap 0x7ffff7fb4000 48235
note "brk(NULL) = 0x555555559000"
note.zh_CN "系统调用：brk(NULL) = 0x555555559000"
main brk 0x0
note "brk(0x55555557a000) = 0x55555557a000"
note.zh_CN "系统调用：brk(0x55555557a000) = 0x55555557a000"
main brk 0x55555557a000
note "mmap(NULL, 20365008, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff6a00000"
note.zh_CN "系统调用：mmap(NULL, 20365008, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff6a00000"
main mmap 20365008 r-- private file=libjvm.so offset=0x0
note "mmap(0x7ffff6c51000, 13971456, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x251000) = 0x7ffff6c51000"
note.zh_CN "系统调用：mmap(0x7ffff6c51000, 13971456, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x251000) = 0x7ffff6c51000"
main mmap 13971456 r-x private file=libjvm.so offset=0x251000 at=0x7ffff6c51000 fixed
note "mmap(0x7ffff79a4000, 2625536, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0xfa4000) = 0x7ffff79a4000"
note.zh_CN "系统调用：mmap(0x7ffff79a4000, 2625536, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0xfa4000) = 0x7ffff79a4000"
main mmap 2625536 r-- private file=libjvm.so offset=0xfa4000 at=0x7ffff79a4000 fixed
note "mmap(0x7ffff7c25000, 970752, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1225000) = 0x7ffff7c25000"
note.zh_CN "系统调用：mmap(0x7ffff7c25000, 970752, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1225000) = 0x7ffff7c25000"
main mmap 970752 rw- private file=libjvm.so offset=0x1225000 at=0x7ffff7c25000 fixed
note "mmap(0x7ffff7d12000, 368336, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d12000"
note.zh_CN "系统调用：mmap(0x7ffff7d12000, 368336, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d12000"
main mmap 368336 rw- private anon at=0x7ffff7d12000 fixed
note "mmap(NULL, 48235, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fb4000"
note.zh_CN "系统调用：mmap(NULL, 48235, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fb4000"
main mmap 48235 r-- private file=ld.so.cache offset=0x0
note "mmap(NULL, 2201728, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff6600000"
note.zh_CN "系统调用：mmap(NULL, 2201728, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff6600000"
main mmap 2201728 r-- private file=libstdc__.so.6.0.30 offset=0x0
note "mmap(0x7ffff6699000, 1052672, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x99000) = 0x7ffff6699000"
note.zh_CN "系统调用：mmap(0x7ffff6699000, 1052672, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x99000) = 0x7ffff6699000"
main mmap 1052672 r-x private file=libstdc__.so.6.0.30 offset=0x99000 at=0x7ffff6699000 fixed
note "mmap(0x7ffff679a000, 454656, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x19a000) = 0x7ffff679a000"
note.zh_CN "系统调用：mmap(0x7ffff679a000, 454656, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x19a000) = 0x7ffff679a000"
main mmap 454656 r-- private file=libstdc__.so.6.0.30 offset=0x19a000 at=0x7ffff679a000 fixed
note "mmap(0x7ffff6809000, 57344, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x209000) = 0x7ffff6809000"
note.zh_CN "系统调用：mmap(0x7ffff6809000, 57344, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x209000) = 0x7ffff6809000"
main mmap 57344 rw- private file=libstdc__.so.6.0.30 offset=0x209000 at=0x7ffff6809000 fixed
note "mmap(0x7ffff6817000, 10368, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff6817000"
note.zh_CN "系统调用：mmap(0x7ffff6817000, 10368, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff6817000"
main mmap 10368 rw- private anon at=0x7ffff6817000 fixed
note "mmap(NULL, 913680, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff6920000"
note.zh_CN "系统调用：mmap(NULL, 913680, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff6920000"
main mmap 913680 r-- private file=libm.so.6 offset=0x0
note "mmap(0x7ffff6930000, 475136, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x10000) = 0x7ffff6930000"
note.zh_CN "系统调用：mmap(0x7ffff6930000, 475136, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x10000) = 0x7ffff6930000"
main mmap 475136 r-x private file=libm.so.6 offset=0x10000 at=0x7ffff6930000 fixed
note "mmap(0x7ffff69a4000, 368640, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x84000) = 0x7ffff69a4000"
note.zh_CN "系统调用：mmap(0x7ffff69a4000, 368640, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x84000) = 0x7ffff69a4000"
main mmap 368640 r-- private file=libm.so.6 offset=0x84000 at=0x7ffff69a4000 fixed
note "mmap(0x7ffff69fe000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0xdd000) = 0x7ffff69fe000"
note.zh_CN "系统调用：mmap(0x7ffff69fe000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0xdd000) = 0x7ffff69fe000"
main mmap 8192 rw- private file=libm.so.6 offset=0xdd000 at=0x7ffff69fe000 fixed
note "mmap(NULL, 127688, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7d81000"
note.zh_CN "系统调用：mmap(NULL, 127688, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7d81000"
main mmap 127688 r-- private file=libgcc_s.so.1 offset=0x0
note "mmap(0x7ffff7d84000, 94208, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x3000) = 0x7ffff7d84000"
note.zh_CN "系统调用：mmap(0x7ffff7d84000, 94208, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x3000) = 0x7ffff7d84000"
main mmap 94208 r-x private file=libgcc_s.so.1 offset=0x3000 at=0x7ffff7d84000 fixed
note "mmap(0x7ffff7d9b000, 16384, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1a000) = 0x7ffff7d9b000"
note.zh_CN "系统调用：mmap(0x7ffff7d9b000, 16384, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1a000) = 0x7ffff7d9b000"
main mmap 16384 r-- private file=libgcc_s.so.1 offset=0x1a000 at=0x7ffff7d9b000 fixed
note "mmap(0x7ffff7d9f000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1d000) = 0x7ffff7d9f000"
note.zh_CN "系统调用：mmap(0x7ffff7d9f000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1d000) = 0x7ffff7d9f000"
main mmap 8192 rw- private file=libgcc_s.so.1 offset=0x1d000 at=0x7ffff7d9f000 fixed
note "mprotect(0x7ffff7d9f000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7d9f000, 4096, PROT_READ) = 0"
main mprotect 0x7ffff7d9f000 4096 r--
note "mprotect(0x7ffff69fe000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff69fe000, 4096, PROT_READ) = 0"
main mprotect 0x7ffff69fe000 4096 r--
note "mprotect(0x7ffff6809000, 45056, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff6809000, 45056, PROT_READ) = 0"
main mprotect 0x7ffff6809000 45056 r--
note "mprotect(0x7ffff7c25000, 753664, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7c25000, 753664, PROT_READ) = 0"
main mprotect 0x7ffff7c25000 753664 r--
note "brk(0x5555555a0000) = 0x5555555a0000"
note.zh_CN "系统调用：brk(0x5555555a0000) = 0x5555555a0000"
main brk 0x5555555a0000
note "munmap(0x7ffff7fb4000, 48235) = 0"
note.zh_CN "系统调用：munmap(0x7ffff7fb4000, 48235) = 0"
main munmap 0x7ffff7fb4000 48235
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff6820000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff6820000"
main mmap 1048576 rw- private anon stack
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff691f990, parent_tid=0x7ffff691f990, exit_signal=0, stack=0x7ffff6820000, stack_size=0xfef80, tls=0x7ffff691f6c0} => {parent_tid=[4471]}, 88) = 4471"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff691f990, parent_tid=0x7ffff691f990, exit_signal=0, stack=0x7ffff6820000, stack_size=0xfef80, tls=0x7ffff691f6c0} => {parent_tid=[4471]}, 88) = 4471"
main thread t4471 stack=0x7ffff6820000 size=1044352
note "A thread's first malloc: glibc gives the thread an arena of its own, a 64 MiB-aligned heap carved from a 128 MiB PROT_NONE, MAP_NORESERVE reservation (new_heap), whose unaligned ends it unmaps at once."
note.zh_CN "线程第一次调用 malloc：glibc 为该线程建立自己的 arena，从 128 MiB 的 PROT_NONE、MAP_NORESERVE 预留中切出按 64 MiB 对齐的堆（new_heap），并立即解除映射两端未对齐的部分。"
t4471 mmap 134217728 --- private anon noreserve
note "munmap(0x7fffee600000, 27262976) = 0"
note.zh_CN "系统调用：munmap(0x7fffee600000, 27262976) = 0"
t4471 munmap 0x7fffee600000 27262976
note "munmap(0x7ffff4000000, 39845888) = 0"
note.zh_CN "系统调用：munmap(0x7ffff4000000, 39845888) = 0"
t4471 munmap 0x7ffff4000000 39845888
note "mprotect(0x7ffff0000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0000000 135168 rw-
note "mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fbf000"
note.zh_CN "系统调用：mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fbf000"
t4471 mmap 4096 -w- private anon
note "mprotect(0x7ffff7fbf000, 4096, PROT_WRITE|PROT_EXEC) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7fbf000, 4096, PROT_WRITE|PROT_EXEC) = 0"
t4471 mprotect 0x7ffff7fbf000 4096 -wx
note "munmap(0x7ffff7fbf000, 4096) = 0"
note.zh_CN "系统调用：munmap(0x7ffff7fbf000, 4096) = 0"
t4471 munmap 0x7ffff7fbf000 4096
note "mmap(NULL, 28832, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7fb8000"
note.zh_CN "系统调用：mmap(NULL, 28832, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ffff7fb8000"
t4471 mmap 28832 r-- private file=libjimage.so offset=0x0
note "mmap(0x7ffff7fba000, 12288, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x2000) = 0x7ffff7fba000"
note.zh_CN "系统调用：mmap(0x7ffff7fba000, 12288, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x2000) = 0x7ffff7fba000"
t4471 mmap 12288 r-x private file=libjimage.so offset=0x2000 at=0x7ffff7fba000 fixed
note "mmap(0x7ffff7fbd000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x5000) = 0x7ffff7fbd000"
note.zh_CN "系统调用：mmap(0x7ffff7fbd000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x5000) = 0x7ffff7fbd000"
t4471 mmap 4096 r-- private file=libjimage.so offset=0x5000 at=0x7ffff7fbd000 fixed
note "mmap(0x7ffff7fbe000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x6000) = 0x7ffff7fbe000"
note.zh_CN "系统调用：mmap(0x7ffff7fbe000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x6000) = 0x7ffff7fbe000"
t4471 mmap 8192 rw- private file=libjimage.so offset=0x6000 at=0x7ffff7fbe000 fixed
note "mprotect(0x7ffff7fbe000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7fbe000, 4096, PROT_READ) = 0"
t4471 mprotect 0x7ffff7fbe000 4096 r--
note "mmap(NULL, 128651445, PROT_READ, MAP_SHARED, 3, 0) = 0x7fffe8400000"
note.zh_CN "系统调用：mmap(NULL, 128651445, PROT_READ, MAP_SHARED, 3, 0) = 0x7fffe8400000"
t4471 mmap 128651445 r-- shared file=modules offset=0x0
note "mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7fb7000"
note.zh_CN "系统调用：mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7fb7000"
t4471 mmap 4096 --- private anon noreserve
note "mmap(0x7ffff7fb7000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fb7000"
note.zh_CN "系统调用：mmap(0x7ffff7fb7000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fb7000"
t4471 mmap 4096 rw- private anon at=0x7ffff7fb7000 fixed
note "mprotect(0x7ffff7fb7000, 4096, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7fb7000, 4096, PROT_NONE) = 0"
t4471 mprotect 0x7ffff7fb7000 4096 ---
note "mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7fb5000"
note.zh_CN "系统调用：mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7fb5000"
t4471 mmap 8192 --- private anon noreserve
note "mmap(0x7ffff7fb5000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fb5000"
note.zh_CN "系统调用：mmap(0x7ffff7fb5000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fb5000"
t4471 mmap 8192 rw- private anon at=0x7ffff7fb5000 fixed
note "mprotect(0x7ffff7fb5000, 4096, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7fb5000, 4096, PROT_NONE) = 0"
t4471 mprotect 0x7ffff7fb5000 4096 ---
note "mprotect(0x7ffff7fb6000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff7fb6000, 4096, PROT_READ) = 0"
t4471 mprotect 0x7ffff7fb6000 4096 r--
note "mprotect(0x7ffff0021000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0021000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0021000 4096 rw-
note "mmap(NULL, 32768, PROT_READ|PROT_WRITE, MAP_SHARED, 6, 0) = 0x7ffff7d79000"
note.zh_CN "系统调用：mmap(NULL, 32768, PROT_READ|PROT_WRITE, MAP_SHARED, 6, 0) = 0x7ffff7d79000"
t4471 mmap 32768 rw- shared file=f4470 offset=0x0
note "mmap(0x7ffff6820000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff6820000"
note.zh_CN "系统调用：mmap(0x7ffff6820000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff6820000"
t4471 mmap 16384 rw- private anon at=0x7ffff6820000 fixed
note "mprotect(0x7ffff6820000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff6820000, 16384, PROT_NONE) = 0"
t4471 mprotect 0x7ffff6820000 16384 ---
note "mprotect(0x7ffff0022000, 20480, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0022000, 20480, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0022000 20480 rw-
note "mprotect(0x7ffff0027000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0027000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0027000 4096 rw-
note "mprotect(0x7ffff0028000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0028000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0028000 4096 rw-
note "mprotect(0x7ffff0029000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0029000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0029000 4096 rw-
note "mmap(NULL, 151616, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4, 0) = 0x7ffff65da000"
note.zh_CN "系统调用：mmap(NULL, 151616, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4, 0) = 0x7ffff65da000"
t4471 mmap 151616 r-- private file=libjava.so offset=0x0
note "mmap(0x7ffff65e6000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0xc000) = 0x7ffff65e6000"
note.zh_CN "系统调用：mmap(0x7ffff65e6000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0xc000) = 0x7ffff65e6000"
t4471 mmap 69632 r-x private file=libjava.so offset=0xc000 at=0x7ffff65e6000 fixed
note "mmap(0x7ffff65f7000, 24576, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0x1d000) = 0x7ffff65f7000"
note.zh_CN "系统调用：mmap(0x7ffff65f7000, 24576, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0x1d000) = 0x7ffff65f7000"
t4471 mmap 24576 r-- private file=libjava.so offset=0x1d000 at=0x7ffff65f7000 fixed
note "mmap(0x7ffff65fd000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0x22000) = 0x7ffff65fd000"
note.zh_CN "系统调用：mmap(0x7ffff65fd000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0x22000) = 0x7ffff65fd000"
t4471 mmap 8192 rw- private file=libjava.so offset=0x22000 at=0x7ffff65fd000 fixed
note "mmap(0x7ffff65ff000, 64, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff65ff000"
note.zh_CN "系统调用：mmap(0x7ffff65ff000, 64, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff65ff000"
t4471 mmap 64 rw- private anon at=0x7ffff65ff000 fixed
note "mprotect(0x7ffff65fd000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff65fd000, 4096, PROT_READ) = 0"
t4471 mprotect 0x7ffff65fd000 4096 r--
note "The code cache: HotSpot reserves 240 MiB (ReservedCodeCacheSize) for the machine code its JIT compilers will write, PROT_NONE and MAP_NORESERVE. Nothing is charged and no page exists: it commits pieces with mprotect as it needs them."
note.zh_CN "代码缓存：HotSpot 为 JIT 编译器将要写入的机器码预留 240 MiB（ReservedCodeCacheSize），PROT_NONE 且 MAP_NORESERVE。不计入提交量，也没有任何页：需要时再用 mprotect 分段提交。"
t4471 mmap 251658240 --- private anon noreserve
note "mmap(0x7fffe0938000, 2555904, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffe0938000"
note.zh_CN "系统调用：mmap(0x7fffe0938000, 2555904, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffe0938000"
t4471 mmap 2555904 rwx private anon at=0x7fffe0938000 fixed
note "mmap(NULL, 49152, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7d6d000"
note.zh_CN "系统调用：mmap(NULL, 49152, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7d6d000"
t4471 mmap 49152 --- private anon noreserve
note "mmap(0x7ffff7d6d000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d6d000"
note.zh_CN "系统调用：mmap(0x7ffff7d6d000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d6d000"
t4471 mmap 20480 rw- private anon at=0x7ffff7d6d000 fixed
note "mmap(0x7fffd9400000, 2555904, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd9400000"
note.zh_CN "系统调用：mmap(0x7fffd9400000, 2555904, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd9400000"
t4471 mmap 2555904 rwx private anon at=0x7fffd9400000 fixed
note "mmap(NULL, 962560, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff64ef000"
note.zh_CN "系统调用：mmap(NULL, 962560, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff64ef000"
t4471 mmap 962560 --- private anon noreserve
note "mmap(0x7ffff64ef000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff64ef000"
note.zh_CN "系统调用：mmap(0x7ffff64ef000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff64ef000"
t4471 mmap 20480 rw- private anon at=0x7ffff64ef000 fixed
note "mmap(0x7fffe0ec7000, 2555904, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffe0ec7000"
note.zh_CN "系统调用：mmap(0x7fffe0ec7000, 2555904, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffe0ec7000"
t4471 mmap 2555904 rwx private anon at=0x7fffe0ec7000 fixed
note "mmap(NULL, 962560, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff6404000"
note.zh_CN "系统调用：mmap(NULL, 962560, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff6404000"
t4471 mmap 962560 --- private anon noreserve
note "mmap(0x7ffff6404000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff6404000"
note.zh_CN "系统调用：mmap(0x7ffff6404000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff6404000"
t4471 mmap 20480 rw- private anon at=0x7ffff6404000 fixed
# line 214: --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---
note "mprotect(0x7ffff002a000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff002a000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff002a000 4096 rw-
note "mprotect(0x7ffff002b000, 20480, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff002b000, 20480, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff002b000 20480 rw-
note "mprotect(0x7ffff0030000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0030000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0030000 4096 rw-
note "mprotect(0x7ffff0031000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0031000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0031000 4096 rw-
note "mprotect(0x7ffff0032000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0032000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0032000 4096 rw-
note "mmap(NULL, 1052672, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff6303000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff6303000"
t4471 mmap 1052672 rw- private anon
note "mmap(NULL, 1052672, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff6202000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff6202000"
t4471 mmap 1052672 rw- private anon
note "mprotect(0x7ffff0033000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0033000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0033000 4096 rw-
note "The Java heap: 5.9 GiB (a quarter of this machine's RAM, the default -Xmx) reserved at a fixed address below 32 GiB, so that compressed object pointers work. PROT_NONE and MAP_NORESERVE: a VMA only. It costs no RSS until the collector commits and touches regions of it."
note.zh_CN "Java 堆：在 32 GiB 以下的固定地址预留 5.9 GiB（本机内存的四分之一，即默认的 -Xmx），以便使用压缩对象指针。PROT_NONE 且 MAP_NORESERVE：只是一个 VMA。在垃圾收集器提交并访问其中的区域之前，它不占任何 RSS。"
t4471 mmap 6320816128 --- private anon at=0x687400000 noreserve
note "mmap(NULL, 196608, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff61d2000"
note.zh_CN "系统调用：mmap(NULL, 196608, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff61d2000"
t4471 mmap 196608 rw- private anon
note "mmap(NULL, 12345344, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff560c000"
note.zh_CN "系统调用：mmap(NULL, 12345344, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff560c000"
t4471 mmap 12345344 --- private anon noreserve
note "mprotect(0x7ffff0034000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0034000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0034000 4096 rw-
note "mmap(NULL, 12345344, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff4a46000"
note.zh_CN "系统调用：mmap(NULL, 12345344, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff4a46000"
t4471 mmap 12345344 --- private anon noreserve
note "mmap(NULL, 12345344, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffd883a000"
note.zh_CN "系统调用：mmap(NULL, 12345344, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffd883a000"
t4471 mmap 12345344 --- private anon noreserve
note "mmap(NULL, 98762752, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffd2a0a000"
note.zh_CN "系统调用：mmap(NULL, 98762752, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffd2a0a000"
t4471 mmap 98762752 --- private anon noreserve
note "mprotect(0x7ffff0035000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0035000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0035000 4096 rw-
note "mmap(NULL, 98762752, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffccbda000"
note.zh_CN "系统调用：mmap(NULL, 98762752, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffccbda000"
t4471 mmap 98762752 --- private anon noreserve
note "mprotect(0x7ffff0036000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0036000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0036000 4096 rw-
note "mprotect(0x7ffff0037000, 12288, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0037000, 12288, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0037000 12288 rw-
note "mprotect(0x7ffff003a000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff003a000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff003a000 8192 rw-
note "mmap(NULL, 208896, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff4a13000"
note.zh_CN "系统调用：mmap(NULL, 208896, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff4a13000"
t4471 mmap 208896 --- private anon noreserve
note "mmap(0x7ffff4a13000, 208896, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff4a13000"
note.zh_CN "系统调用：mmap(0x7ffff4a13000, 208896, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff4a13000"
t4471 mmap 208896 rw- private anon at=0x7ffff4a13000 fixed
note "mprotect(0x7ffff003c000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff003c000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff003c000 8192 rw-
note "mmap(NULL, 196608, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff49e3000"
note.zh_CN "系统调用：mmap(NULL, 196608, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff49e3000"
t4471 mmap 196608 rw- private anon
note "mprotect(0x7ffff003e000, 12288, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff003e000, 12288, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff003e000 12288 rw-
note "mprotect(0x7ffff0041000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0041000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0041000 4096 rw-
note "mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff48e2000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff48e2000"
t4471 mmap 1052672 --- private anon stack
note "mprotect(0x7ffff48e3000, 1048576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff48e3000, 1048576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff48e3000 1048576 rw-
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff49e2990, parent_tid=0x7ffff49e2990, exit_signal=0, stack=0x7ffff48e2000, stack_size=0xfff80, tls=0x7ffff49e26c0} => {parent_tid=[4480]}, 88) = 4480"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff49e2990, parent_tid=0x7ffff49e2990, exit_signal=0, stack=0x7ffff48e2000, stack_size=0xfff80, tls=0x7ffff49e26c0} => {parent_tid=[4480]}, 88) = 4480"
t4471 thread t4480 stack=0x7ffff48e2000 size=1048448
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffc4a00000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffc4a00000"
t4480 mmap 134217728 --- private anon noreserve
note "munmap(0x7fffc4a00000, 56623104) = 0"
note.zh_CN "系统调用：munmap(0x7fffc4a00000, 56623104) = 0"
t4480 munmap 0x7fffc4a00000 56623104
note "munmap(0x7fffcc000000, 10485760) = 0"
note.zh_CN "系统调用：munmap(0x7fffcc000000, 10485760) = 0"
t4480 munmap 0x7fffcc000000 10485760
note "mprotect(0x7fffc8000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffc8000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4480 mprotect 0x7fffc8000000 135168 rw-
note "mprotect(0x7ffff0042000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0042000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0042000 4096 rw-
note "mprotect(0x7ffff0043000, 24576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0043000, 24576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0043000 24576 rw-
note "mprotect(0x7ffff0049000, 12288, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0049000, 12288, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0049000 12288 rw-
note "mprotect(0x7ffff004c000, 12288, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff004c000, 12288, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff004c000 12288 rw-
note "mprotect(0x7ffff004f000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff004f000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff004f000 4096 rw-
note "mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff47e1000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff47e1000"
t4471 mmap 1052672 --- private anon stack
note "mprotect(0x7ffff47e2000, 1048576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff47e2000, 1048576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff47e2000 1048576 rw-
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff48e1990, parent_tid=0x7ffff48e1990, exit_signal=0, stack=0x7ffff47e1000, stack_size=0xfff80, tls=0x7ffff48e16c0} => {parent_tid=[4481]}, 88) = 4481"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff48e1990, parent_tid=0x7ffff48e1990, exit_signal=0, stack=0x7ffff47e1000, stack_size=0xfff80, tls=0x7ffff48e16c0} => {parent_tid=[4481]}, 88) = 4481"
t4471 thread t4481 stack=0x7ffff47e1000 size=1048448
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffc0000000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffc0000000"
t4481 mmap 134217728 --- private anon noreserve
note "munmap(0x7fffc4000000, 67108864) = 0"
note.zh_CN "系统调用：munmap(0x7fffc4000000, 67108864) = 0"
t4481 munmap 0x7fffc4000000 67108864
note "mprotect(0x7fffc0000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffc0000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4481 mprotect 0x7fffc0000000 135168 rw-
note "mprotect(0x7ffff0050000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0050000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0050000 4096 rw-
note "mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff46e0000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff46e0000"
t4471 mmap 1052672 --- private anon stack
note "mprotect(0x7ffff46e1000, 1048576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff46e1000, 1048576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff46e1000 1048576 rw-
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff47e0990, parent_tid=0x7ffff47e0990, exit_signal=0, stack=0x7ffff46e0000, stack_size=0xfff80, tls=0x7ffff47e06c0} => {parent_tid=[4482]}, 88) = 4482"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff47e0990, parent_tid=0x7ffff47e0990, exit_signal=0, stack=0x7ffff46e0000, stack_size=0xfff80, tls=0x7ffff47e06c0} => {parent_tid=[4482]}, 88) = 4482"
t4471 thread t4482 stack=0x7ffff46e0000 size=1048448
note "mmap(0x7fffc4000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffc4000000"
note.zh_CN "系统调用：mmap(0x7fffc4000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffc4000000"
t4482 mmap 67108864 --- private anon at=0x7fffc4000000 noreserve
note "mprotect(0x7fffc4000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffc4000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4482 mprotect 0x7fffc4000000 135168 rw-
note "mmap(NULL, 33554432, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffbe000000"
note.zh_CN "系统调用：mmap(NULL, 33554432, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffbe000000"
t4471 mmap 33554432 --- private anon noreserve
note "mmap(0x7fffbe000000, 33554432, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffbe000000"
note.zh_CN "系统调用：mmap(0x7fffbe000000, 33554432, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffbe000000"
t4471 mmap 33554432 rw- private anon at=0x7fffbe000000 fixed
note "mmap(NULL, 1052672, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff45df000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff45df000"
t4471 mmap 1052672 rw- private anon
note "mprotect(0x7ffff0051000, 16384, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0051000, 16384, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0051000 16384 rw-
note "mmap(NULL, 1052672, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff44de000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff44de000"
t4471 mmap 1052672 rw- private anon
note "mprotect(0x7ffff0055000, 16384, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0055000, 16384, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0055000 16384 rw-
note "mmap(0x687400000, 398458880, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x687400000"
note.zh_CN "系统调用：mmap(0x687400000, 398458880, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x687400000"
t4471 mmap 398458880 rw- private anon at=0x687400000 fixed
note "mmap(0x7fffd2a0a000, 6225920, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd2a0a000"
note.zh_CN "系统调用：mmap(0x7fffd2a0a000, 6225920, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd2a0a000"
t4471 mmap 6225920 rw- private anon at=0x7fffd2a0a000 fixed
note "mmap(0x7fffccbda000, 6225920, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffccbda000"
note.zh_CN "系统调用：mmap(0x7fffccbda000, 6225920, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffccbda000"
t4471 mmap 6225920 rw- private anon at=0x7fffccbda000 fixed
note "mmap(0x7ffff560c000, 778240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff560c000"
note.zh_CN "系统调用：mmap(0x7ffff560c000, 778240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff560c000"
t4471 mmap 778240 rw- private anon at=0x7ffff560c000 fixed
note "mmap(0x7ffff4a46000, 778240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff4a46000"
note.zh_CN "系统调用：mmap(0x7ffff4a46000, 778240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff4a46000"
t4471 mmap 778240 rw- private anon at=0x7ffff4a46000 fixed
note "mmap(0x7fffd883a000, 778240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd883a000"
note.zh_CN "系统调用：mmap(0x7fffd883a000, 778240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd883a000"
t4471 mmap 778240 rw- private anon at=0x7fffd883a000 fixed
note "mprotect(0x7ffff0059000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0059000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0059000 4096 rw-
note "mprotect(0x7ffff005a000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff005a000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff005a000 4096 rw-
note "mprotect(0x7ffff005b000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff005b000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff005b000 4096 rw-
note "mprotect(0x7ffff005c000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff005c000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff005c000 4096 rw-
note "mprotect(0x7ffff005d000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff005d000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff005d000 4096 rw-
note "mprotect(0x7ffff005e000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff005e000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff005e000 4096 rw-
note "mprotect(0x7ffff005f000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff005f000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff005f000 4096 rw-
note "mprotect(0x7ffff0060000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0060000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0060000 4096 rw-
note "mprotect(0x7ffff0061000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0061000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0061000 4096 rw-
note "mprotect(0x7ffff0062000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0062000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0062000 4096 rw-
note "mprotect(0x7ffff0063000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0063000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0063000 4096 rw-
note "mprotect(0x7ffff0064000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0064000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0064000 4096 rw-
note "mprotect(0x7ffff0065000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0065000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0065000 4096 rw-
note "mprotect(0x7ffff0066000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0066000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0066000 4096 rw-
note "mprotect(0x7ffff0067000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0067000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0067000 4096 rw-
note "mprotect(0x7ffff0068000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0068000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0068000 4096 rw-
note "mprotect(0x7ffff0069000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0069000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0069000 4096 rw-
note "mprotect(0x7ffff006a000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff006a000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff006a000 4096 rw-
note "mprotect(0x7ffff006b000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff006b000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff006b000 4096 rw-
note "mprotect(0x7ffff006c000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff006c000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff006c000 4096 rw-
note "mprotect(0x7ffff006d000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff006d000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff006d000 4096 rw-
note "mprotect(0x7ffff006e000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff006e000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff006e000 4096 rw-
note "mprotect(0x7ffff006f000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff006f000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff006f000 4096 rw-
note "mprotect(0x7ffff0070000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0070000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0070000 4096 rw-
note "mprotect(0x7ffff0071000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0071000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0071000 4096 rw-
note "mprotect(0x7ffff0072000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0072000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0072000 4096 rw-
note "mprotect(0x7ffff0073000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0073000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0073000 4096 rw-
note "mprotect(0x7ffff0074000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0074000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0074000 4096 rw-
note "mprotect(0x7ffff0075000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0075000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0075000 4096 rw-
note "mprotect(0x7ffff0076000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0076000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0076000 4096 rw-
note "mprotect(0x7ffff0077000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0077000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0077000 4096 rw-
note "mprotect(0x7ffff0078000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0078000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0078000 4096 rw-
note "mprotect(0x7ffff0079000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0079000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0079000 4096 rw-
note "mprotect(0x7ffff007a000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff007a000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff007a000 4096 rw-
note "mprotect(0x7ffff007b000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff007b000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff007b000 4096 rw-
note "mprotect(0x7ffff007c000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff007c000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff007c000 4096 rw-
note "mprotect(0x7ffff007d000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff007d000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff007d000 4096 rw-
note "mprotect(0x7ffff007e000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff007e000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff007e000 4096 rw-
note "mprotect(0x7ffff007f000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff007f000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff007f000 4096 rw-
note "mprotect(0x7ffff0080000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0080000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0080000 4096 rw-
note "mprotect(0x7ffff0081000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0081000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0081000 4096 rw-
note "mprotect(0x7ffff0082000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0082000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0082000 4096 rw-
note "mprotect(0x7ffff0083000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0083000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0083000 8192 rw-
note "mprotect(0x7ffff0085000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0085000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0085000 4096 rw-
note "mprotect(0x7ffff0086000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0086000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0086000 4096 rw-
note "mprotect(0x7ffff0087000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0087000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0087000 4096 rw-
note "mprotect(0x7ffff0088000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0088000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0088000 4096 rw-
note "mprotect(0x7ffff0089000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0089000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0089000 4096 rw-
note "mprotect(0x7ffff008a000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff008a000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff008a000 4096 rw-
note "mprotect(0x7ffff008b000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff008b000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff008b000 4096 rw-
note "mprotect(0x7ffff008c000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff008c000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff008c000 4096 rw-
note "mprotect(0x7ffff008d000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff008d000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff008d000 4096 rw-
note "mprotect(0x7ffff008e000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff008e000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff008e000 4096 rw-
note "mprotect(0x7ffff008f000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff008f000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff008f000 4096 rw-
note "mprotect(0x7ffff0090000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0090000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0090000 4096 rw-
note "mprotect(0x7ffff0091000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0091000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0091000 4096 rw-
note "mprotect(0x7ffff0092000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0092000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0092000 4096 rw-
note "mprotect(0x7ffff0093000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0093000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0093000 4096 rw-
note "mprotect(0x7ffff0094000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0094000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0094000 4096 rw-
note "mprotect(0x7ffff0095000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0095000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0095000 4096 rw-
note "mprotect(0x7ffff0096000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0096000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0096000 4096 rw-
note "mprotect(0x7ffff0097000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0097000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0097000 4096 rw-
note "mprotect(0x7ffff0098000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0098000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0098000 4096 rw-
note "mprotect(0x7ffff0099000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0099000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0099000 4096 rw-
note "mprotect(0x7ffff009a000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff009a000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff009a000 4096 rw-
note "mprotect(0x7ffff009b000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff009b000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff009b000 4096 rw-
note "mprotect(0x7ffff009c000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff009c000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff009c000 4096 rw-
note "mprotect(0x7ffff009d000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff009d000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff009d000 4096 rw-
note "mprotect(0x7ffff009e000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff009e000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff009e000 4096 rw-
note "mprotect(0x7ffff009f000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff009f000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff009f000 4096 rw-
note "mprotect(0x7ffff00a0000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a0000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a0000 4096 rw-
note "mprotect(0x7ffff00a1000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a1000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a1000 4096 rw-
note "mprotect(0x7ffff00a2000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a2000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a2000 4096 rw-
note "mprotect(0x7ffff00a3000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a3000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a3000 4096 rw-
note "mprotect(0x7ffff00a4000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a4000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a4000 4096 rw-
note "mprotect(0x7ffff00a5000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a5000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a5000 4096 rw-
note "mprotect(0x7ffff00a6000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a6000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a6000 4096 rw-
note "mprotect(0x7ffff00a7000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a7000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a7000 4096 rw-
note "mprotect(0x7ffff00a8000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a8000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a8000 4096 rw-
note "mprotect(0x7ffff00a9000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00a9000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00a9000 4096 rw-
note "mprotect(0x7ffff00aa000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00aa000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00aa000 4096 rw-
note "mprotect(0x7ffff00ab000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ab000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ab000 4096 rw-
note "mprotect(0x7ffff00ac000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ac000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ac000 4096 rw-
note "mprotect(0x7ffff00ad000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ad000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ad000 4096 rw-
note "mprotect(0x7ffff00ae000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ae000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ae000 4096 rw-
note "mprotect(0x7ffff00af000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00af000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00af000 4096 rw-
note "mprotect(0x7ffff00b0000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b0000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b0000 4096 rw-
note "mprotect(0x7ffff00b1000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b1000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b1000 4096 rw-
note "mprotect(0x7ffff00b2000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b2000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b2000 4096 rw-
note "mprotect(0x7ffff00b3000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b3000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b3000 4096 rw-
note "mprotect(0x7ffff00b4000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b4000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b4000 4096 rw-
note "mprotect(0x7ffff00b5000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b5000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b5000 4096 rw-
note "mprotect(0x7ffff00b6000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b6000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b6000 4096 rw-
note "mprotect(0x7ffff00b7000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b7000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b7000 4096 rw-
note "mprotect(0x7ffff00b8000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b8000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b8000 4096 rw-
note "mprotect(0x7ffff00b9000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00b9000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00b9000 4096 rw-
note "mprotect(0x7ffff00ba000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ba000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ba000 4096 rw-
note "mprotect(0x7ffff00bb000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00bb000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00bb000 4096 rw-
note "mprotect(0x7ffff00bc000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00bc000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00bc000 4096 rw-
note "mprotect(0x7ffff00bd000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00bd000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00bd000 4096 rw-
note "mprotect(0x7ffff00be000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00be000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00be000 4096 rw-
note "mprotect(0x7ffff00bf000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00bf000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00bf000 4096 rw-
note "mprotect(0x7ffff00c0000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c0000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c0000 4096 rw-
note "mprotect(0x7ffff00c1000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c1000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c1000 4096 rw-
note "mprotect(0x7ffff00c2000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c2000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c2000 4096 rw-
note "mprotect(0x7ffff00c3000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c3000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c3000 4096 rw-
note "mprotect(0x7ffff00c4000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c4000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c4000 4096 rw-
note "mprotect(0x7ffff00c5000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c5000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c5000 4096 rw-
note "mprotect(0x7ffff00c6000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c6000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c6000 4096 rw-
note "mprotect(0x7ffff00c7000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c7000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c7000 4096 rw-
note "mprotect(0x7ffff00c8000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c8000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c8000 4096 rw-
note "mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff43dd000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff43dd000"
t4471 mmap 1052672 --- private anon stack
note "mprotect(0x7ffff43de000, 1048576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff43de000, 1048576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff43de000 1048576 rw-
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff44dd990, parent_tid=0x7ffff44dd990, exit_signal=0, stack=0x7ffff43dd000, stack_size=0xfff80, tls=0x7ffff44dd6c0} => {parent_tid=[4483]}, 88) = 4483"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff44dd990, parent_tid=0x7ffff44dd990, exit_signal=0, stack=0x7ffff43dd000, stack_size=0xfff80, tls=0x7ffff44dd6c0} => {parent_tid=[4483]}, 88) = 4483"
t4471 thread t4483 stack=0x7ffff43dd000 size=1048448
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffb6000000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffb6000000"
t4483 mmap 134217728 --- private anon noreserve
note "munmap(0x7fffb6000000, 33554432) = 0"
note.zh_CN "系统调用：munmap(0x7fffb6000000, 33554432) = 0"
t4483 munmap 0x7fffb6000000 33554432
note "munmap(0x7fffbc000000, 33554432) = 0"
note.zh_CN "系统调用：munmap(0x7fffbc000000, 33554432) = 0"
t4483 munmap 0x7fffbc000000 33554432
note "mprotect(0x7fffb8000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffb8000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4483 mprotect 0x7fffb8000000 135168 rw-
note "mprotect(0x7ffff00c9000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00c9000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00c9000 4096 rw-
note "mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff42dc000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff42dc000"
t4471 mmap 1052672 --- private anon stack
note "mprotect(0x7ffff42dd000, 1048576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff42dd000, 1048576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff42dd000 1048576 rw-
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff43dc990, parent_tid=0x7ffff43dc990, exit_signal=0, stack=0x7ffff42dc000, stack_size=0xfff80, tls=0x7ffff43dc6c0} => {parent_tid=[4484]}, 88) = 4484"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ffff43dc990, parent_tid=0x7ffff43dc990, exit_signal=0, stack=0x7ffff42dc000, stack_size=0xfff80, tls=0x7ffff43dc6c0} => {parent_tid=[4484]}, 88) = 4484"
t4471 thread t4484 stack=0x7ffff42dc000 size=1048448
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffb0000000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffb0000000"
t4484 mmap 134217728 --- private anon noreserve
note "munmap(0x7fffb4000000, 67108864) = 0"
note.zh_CN "系统调用：munmap(0x7fffb4000000, 67108864) = 0"
t4484 munmap 0x7fffb4000000 67108864
note "mprotect(0x7fffb0000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffb0000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4484 mprotect 0x7fffb0000000 135168 rw-
note "mprotect(0x7ffff00ca000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ca000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ca000 4096 rw-
note "mprotect(0x7ffff00cb000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00cb000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00cb000 4096 rw-
note "mprotect(0x7ffff00cc000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00cc000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00cc000 4096 rw-
note "mprotect(0x7ffff00cd000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00cd000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00cd000 4096 rw-
note "mprotect(0x7ffff00ce000, 24576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ce000, 24576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ce000 24576 rw-
note "mprotect(0x7ffff00d4000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00d4000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00d4000 4096 rw-
note "mprotect(0x7ffff00d5000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00d5000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00d5000 4096 rw-
note "The class space: 1 GiB of compressed class space plus the 16 MiB class-data-sharing archive (classes.jsa), reserved in one piece; the archive is then mapped over its start with MAP_FIXED. Reserved, not resident: only the pages the JVM touches count in RSS."
note.zh_CN "类空间：1 GiB 的压缩类空间加上 16 MiB 的类数据共享归档（classes.jsa），一次预留；随后用 MAP_FIXED 把归档映射到它的开头。预留而非驻留：只有 JVM 访问过的页才计入 RSS。"
t4471 mmap 1090519040 --- private anon noreserve
note "mmap(0x7fff6f000000, 4538368, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 4, 0x1000) = 0x7fff6f000000"
note.zh_CN "系统调用：mmap(0x7fff6f000000, 4538368, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 4, 0x1000) = 0x7fff6f000000"
t4471 mmap 4538368 rw- private file=classes.jsa offset=0x1000 at=0x7fff6f000000 fixed
note "mmap(0x7fff6f454000, 7811072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 4, 0x455000) = 0x7fff6f454000"
note.zh_CN "系统调用：mmap(0x7fff6f454000, 7811072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 4, 0x455000) = 0x7fff6f454000"
t4471 mmap 7811072 rw- private file=classes.jsa offset=0x455000 at=0x7fff6f454000 fixed
note "mmap(NULL, 225280, PROT_READ, MAP_PRIVATE, 4, 0xbc8000) = 0x7ffff42a5000"
note.zh_CN "系统调用：mmap(NULL, 225280, PROT_READ, MAP_PRIVATE, 4, 0xbc8000) = 0x7ffff42a5000"
t4471 mmap 225280 r-- private file=classes.jsa offset=0xbc8000
note "mmap(0x7ffc00000, 4194304, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffc00000"
note.zh_CN "系统调用：mmap(0x7ffc00000, 4194304, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffc00000"
t4471 mmap 4194304 rw- private anon at=0x7ffc00000 fixed
note "mmap(0x7fffd882a000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd882a000"
note.zh_CN "系统调用：mmap(0x7fffd882a000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd882a000"
t4471 mmap 65536 rw- private anon at=0x7fffd882a000 fixed
note "mmap(0x7fffd29fa000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd29fa000"
note.zh_CN "系统调用：mmap(0x7fffd29fa000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd29fa000"
t4471 mmap 65536 rw- private anon at=0x7fffd29fa000 fixed
note "mmap(0x7ffff61d0000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff61d0000"
note.zh_CN "系统调用：mmap(0x7ffff61d0000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff61d0000"
t4471 mmap 8192 rw- private anon at=0x7ffff61d0000 fixed
note "mmap(0x7ffff560a000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff560a000"
note.zh_CN "系统调用：mmap(0x7ffff560a000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff560a000"
t4471 mmap 8192 rw- private anon at=0x7ffff560a000 fixed
note "mmap(0x7fffd93fe000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd93fe000"
note.zh_CN "系统调用：mmap(0x7fffd93fe000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd93fe000"
t4471 mmap 8192 rw- private anon at=0x7fffd93fe000 fixed
note "mprotect(0x7ffff00d6000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00d6000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00d6000 4096 rw-
note "mmap(0x7ffc00000, 491520, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 4, 0xbff000) = 0x7ffc00000"
note.zh_CN "系统调用：mmap(0x7ffc00000, 491520, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 4, 0xbff000) = 0x7ffc00000"
t4471 mmap 491520 rw- private file=classes.jsa offset=0xbff000 at=0x7ffc00000 fixed
note "mmap(0x7ff800000, 4194304, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ff800000"
note.zh_CN "系统调用：mmap(0x7ff800000, 4194304, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ff800000"
t4471 mmap 4194304 rw- private anon at=0x7ff800000 fixed
note "mmap(0x7fffd881a000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd881a000"
note.zh_CN "系统调用：mmap(0x7fffd881a000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd881a000"
t4471 mmap 65536 rw- private anon at=0x7fffd881a000 fixed
note "mmap(0x7fffd29ea000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd29ea000"
note.zh_CN "系统调用：mmap(0x7fffd29ea000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd29ea000"
t4471 mmap 65536 rw- private anon at=0x7fffd29ea000 fixed
note "mmap(0x7ffff61ce000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff61ce000"
note.zh_CN "系统调用：mmap(0x7ffff61ce000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff61ce000"
t4471 mmap 8192 rw- private anon at=0x7ffff61ce000 fixed
note "mmap(0x7ffff5608000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff5608000"
note.zh_CN "系统调用：mmap(0x7ffff5608000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff5608000"
t4471 mmap 8192 rw- private anon at=0x7ffff5608000 fixed
note "mmap(0x7fffd93fc000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd93fc000"
note.zh_CN "系统调用：mmap(0x7fffd93fc000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffd93fc000"
t4471 mmap 8192 rw- private anon at=0x7fffd93fc000 fixed
note "mprotect(0x7ffff00d7000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00d7000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00d7000 4096 rw-
note "mmap(0x7ffb00000, 479232, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 4, 0xc77000) = 0x7ffb00000"
note.zh_CN "系统调用：mmap(0x7ffb00000, 479232, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 4, 0xc77000) = 0x7ffb00000"
t4471 mmap 479232 rw- private file=classes.jsa offset=0xc77000 at=0x7ffb00000 fixed
note "mprotect(0x7ffff00d8000, 12288, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00d8000, 12288, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00d8000 12288 rw-
note "mprotect(0x7ffff00db000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00db000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00db000 8192 rw-
note "mprotect(0x7ffff00dd000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00dd000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00dd000 4096 rw-
note "mprotect(0x7ffff00de000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00de000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00de000 4096 rw-
note "mprotect(0x7ffff00df000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00df000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00df000 4096 rw-
note "mmap(NULL, 266240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff4264000"
note.zh_CN "系统调用：mmap(NULL, 266240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff4264000"
t4471 mmap 266240 rw- private anon
note "mmap(NULL, 372736, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff4209000"
note.zh_CN "系统调用：mmap(NULL, 372736, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff4209000"
t4471 mmap 372736 rw- private anon
note "munmap(0x7ffff42a5000, 225280) = 0"
note.zh_CN "系统调用：munmap(0x7ffff42a5000, 225280) = 0"
t4471 munmap 0x7ffff42a5000 225280
note "mmap(NULL, 528384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff4188000"
note.zh_CN "系统调用：mmap(NULL, 528384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff4188000"
t4471 mmap 528384 rw- private anon
note "mprotect(0x7ffff00e0000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00e0000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00e0000 8192 rw-
note "mprotect(0x7ffff00e2000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00e2000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00e2000 4096 rw-
note "mprotect(0x7ffff00e3000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00e3000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00e3000 4096 rw-
note "mprotect(0x7ffff00e4000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00e4000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00e4000 4096 rw-
note "mprotect(0x7ffff00e5000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00e5000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00e5000 4096 rw-
note "mprotect(0x7ffff00e6000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00e6000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00e6000 4096 rw-
note "mprotect(0x7ffff00e7000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00e7000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00e7000 4096 rw-
note "mprotect(0x7ffff00e8000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00e8000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00e8000 8192 rw-
note "mprotect(0x7ffff00ea000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ea000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ea000 4096 rw-
note "mprotect(0x7ffff00eb000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00eb000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00eb000 4096 rw-
note "mprotect(0x7ffff00ec000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ec000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ec000 4096 rw-
note "mprotect(0x7ffff00ed000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ed000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ed000 4096 rw-
note "mprotect(0x7ffff00ee000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ee000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ee000 4096 rw-
note "mprotect(0x7ffff00ef000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ef000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ef000 4096 rw-
note "mprotect(0x7ffff00f0000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f0000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f0000 4096 rw-
note "mprotect(0x7ffff00f1000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f1000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f1000 4096 rw-
note "mprotect(0x7ffff00f2000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f2000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f2000 4096 rw-
note "mmap(0x7fff70040000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fff70040000"
note.zh_CN "系统调用：mmap(0x7fff70040000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fff70040000"
t4471 mmap 65536 rw- private anon at=0x7fff70040000 fixed
note "mmap(NULL, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff6b000000"
note.zh_CN "系统调用：mmap(NULL, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff6b000000"
t4471 mmap 67108864 --- private anon noreserve
note "mmap(0x7fff6b000000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fff6b000000"
note.zh_CN "系统调用：mmap(0x7fff6b000000, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fff6b000000"
t4471 mmap 65536 rw- private anon at=0x7fff6b000000 fixed
note "mprotect(0x7ffff00f3000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f3000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f3000 4096 rw-
note "mprotect(0x7ffff00f4000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f4000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f4000 4096 rw-
note "mmap(NULL, 852112, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4, 0) = 0x7ffff40b7000"
note.zh_CN "系统调用：mmap(NULL, 852112, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4, 0) = 0x7ffff40b7000"
t4471 mmap 852112 r-- private file=libjsvml.so offset=0x0
note "mmap(0x7ffff40bc000, 266240, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0x5000) = 0x7ffff40bc000"
note.zh_CN "系统调用：mmap(0x7ffff40bc000, 266240, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0x5000) = 0x7ffff40bc000"
t4471 mmap 266240 r-x private file=libjsvml.so offset=0x5000 at=0x7ffff40bc000 fixed
note "mmap(0x7ffff40fd000, 561152, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0x46000) = 0x7ffff40fd000"
note.zh_CN "系统调用：mmap(0x7ffff40fd000, 561152, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0x46000) = 0x7ffff40fd000"
t4471 mmap 561152 r-- private file=libjsvml.so offset=0x46000 at=0x7ffff40fd000 fixed
note "mmap(0x7ffff4186000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0xce000) = 0x7ffff4186000"
note.zh_CN "系统调用：mmap(0x7ffff4186000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4, 0xce000) = 0x7ffff4186000"
t4471 mmap 8192 rw- private file=libjsvml.so offset=0xce000 at=0x7ffff4186000 fixed
note "mprotect(0x7ffff4186000, 4096, PROT_READ) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff4186000, 4096, PROT_READ) = 0"
t4471 mprotect 0x7ffff4186000 4096 r--
note "mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffefeff000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffefeff000"
t4471 mmap 1052672 --- private anon stack
note "mprotect(0x7fffeff00000, 1048576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffeff00000, 1048576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7fffeff00000 1048576 rw-
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffeffff990, parent_tid=0x7fffeffff990, exit_signal=0, stack=0x7fffefeff000, stack_size=0xfff80, tls=0x7fffeffff6c0} => {parent_tid=[4502]}, 88) = 4502"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffeffff990, parent_tid=0x7fffeffff990, exit_signal=0, stack=0x7fffefeff000, stack_size=0xfff80, tls=0x7fffeffff6c0} => {parent_tid=[4502]}, 88) = 4502"
t4471 thread t4502 stack=0x7fffefeff000 size=1048448
note "mmap(0x7fffb4000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffb4000000"
note.zh_CN "系统调用：mmap(0x7fffb4000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffb4000000"
t4502 mmap 67108864 --- private anon at=0x7fffb4000000 noreserve
note "mprotect(0x7fffb4000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffb4000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4502 mprotect 0x7fffb4000000 135168 rw-
note "mprotect(0x7ffff00f5000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f5000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f5000 4096 rw-
note "mprotect(0x7ffff00f6000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f6000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f6000 4096 rw-
note "mprotect(0x7ffff00f7000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f7000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f7000 4096 rw-
note "mprotect(0x7ffff00f8000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f8000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f8000 4096 rw-
note "mprotect(0x7ffff00f9000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00f9000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00f9000 4096 rw-
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffccada000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffccada000"
t4471 mmap 1048576 rw- private anon stack
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffccbd9990, parent_tid=0x7fffccbd9990, exit_signal=0, stack=0x7fffccada000, stack_size=0xfef80, tls=0x7fffccbd96c0} => {parent_tid=[4504]}, 88) = 4504"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffccbd9990, parent_tid=0x7fffccbd9990, exit_signal=0, stack=0x7fffccada000, stack_size=0xfef80, tls=0x7fffccbd96c0} => {parent_tid=[4504]}, 88) = 4504"
t4471 thread t4504 stack=0x7fffccada000 size=1044352
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff63000000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff63000000"
t4504 mmap 134217728 --- private anon noreserve
note "munmap(0x7fff63000000, 16777216) = 0"
note.zh_CN "系统调用：munmap(0x7fff63000000, 16777216) = 0"
t4504 munmap 0x7fff63000000 16777216
note "munmap(0x7fff68000000, 50331648) = 0"
note.zh_CN "系统调用：munmap(0x7fff68000000, 50331648) = 0"
t4504 munmap 0x7fff68000000 50331648
note "mprotect(0x7fff64000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff64000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4504 mprotect 0x7fff64000000 135168 rw-
note "mprotect(0x7ffff00fa000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00fa000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00fa000 8192 rw-
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc9da000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc9da000"
t4471 mmap 1048576 rw- private anon stack
note "mmap(0x7fffccada000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffccada000"
note.zh_CN "系统调用：mmap(0x7fffccada000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffccada000"
t4504 mmap 16384 rw- private anon at=0x7fffccada000 fixed
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffccad9990, parent_tid=0x7fffccad9990, exit_signal=0, stack=0x7fffcc9da000, stack_size=0xfef80, tls=0x7fffccad96c0} => {parent_tid=[4505]}, 88) = 4505"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffccad9990, parent_tid=0x7fffccad9990, exit_signal=0, stack=0x7fffcc9da000, stack_size=0xfef80, tls=0x7fffccad96c0} => {parent_tid=[4505]}, 88) = 4505"
t4471 thread t4505 stack=0x7fffcc9da000 size=1044352
note "mprotect(0x7fffccada000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffccada000, 16384, PROT_NONE) = 0"
t4504 mprotect 0x7fffccada000 16384 ---
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff5c000000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff5c000000"
t4505 mmap 134217728 --- private anon noreserve
note "munmap(0x7fff60000000, 67108864) = 0"
note.zh_CN "系统调用：munmap(0x7fff60000000, 67108864) = 0"
t4505 munmap 0x7fff60000000 67108864
note "mprotect(0x7fff5c000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff5c000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4505 mprotect 0x7fff5c000000 135168 rw-
note "mprotect(0x7ffff00fc000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00fc000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00fc000 4096 rw-
note "mmap(0x7fffcc9da000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc9da000"
note.zh_CN "系统调用：mmap(0x7fffcc9da000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc9da000"
t4505 mmap 16384 rw- private anon at=0x7fffcc9da000 fixed
note "mprotect(0x7fffcc9da000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffcc9da000, 16384, PROT_NONE) = 0"
t4505 mprotect 0x7fffcc9da000 16384 ---
note "mmap(NULL, 3264112, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7fffcc600000"
note.zh_CN "系统调用：mmap(NULL, 3264112, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7fffcc600000"
t4471 mmap 3264112 r-- private file=locale-archive offset=0x0
note "mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff7fb4000"
note.zh_CN "系统调用：mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff7fb4000"
t4471 mmap 258 r-- private file=LC_IDENTIFICATION offset=0x0
note "mmap(NULL, 27028, PROT_READ, MAP_SHARED, 4, 0) = 0x7ffff42d5000"
note.zh_CN "系统调用：mmap(NULL, 27028, PROT_READ, MAP_SHARED, 4, 0) = 0x7ffff42d5000"
t4471 mmap 27028 r-- shared file=gconv-modules.cache offset=0x0
note "mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff7d6c000"
note.zh_CN "系统调用：mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff7d6c000"
t4471 mmap 23 r-- private file=LC_MEASUREMENT offset=0x0
note "mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681f000"
note.zh_CN "系统调用：mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681f000"
t4471 mmap 47 r-- private file=LC_TELEPHONE offset=0x0
note "mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681e000"
note.zh_CN "系统调用：mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681e000"
t4471 mmap 127 r-- private file=LC_ADDRESS offset=0x0
note "mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681d000"
note.zh_CN "系统调用：mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681d000"
t4471 mmap 62 r-- private file=LC_NAME offset=0x0
note "mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681c000"
note.zh_CN "系统调用：mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681c000"
t4471 mmap 34 r-- private file=LC_PAPER offset=0x0
note "mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681b000"
note.zh_CN "系统调用：mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681b000"
t4471 mmap 48 r-- private file=SYS_LC_MESSAGES offset=0x0
note "mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681a000"
note.zh_CN "系统调用：mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff681a000"
t4471 mmap 270 r-- private file=LC_MONETARY offset=0x0
note "mprotect(0x7ffff00fd000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00fd000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00fd000 4096 rw-
note "mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff42d4000"
note.zh_CN "系统调用：mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff42d4000"
t4471 mmap 1406 r-- private file=LC_COLLATE offset=0x0
note "mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff42d3000"
note.zh_CN "系统调用：mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff42d3000"
t4471 mmap 3360 r-- private file=LC_TIME offset=0x0
note "mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff42d2000"
note.zh_CN "系统调用：mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff42d2000"
t4471 mmap 50 r-- private file=LC_NUMERIC offset=0x0
note "mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff4060000"
note.zh_CN "系统调用：mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff4060000"
t4471 mmap 353616 r-- private file=LC_CTYPE offset=0x0
note "mprotect(0x7ffff00fe000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00fe000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00fe000 4096 rw-
note "mprotect(0x7ffff00ff000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff00ff000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff00ff000 4096 rw-
note "mprotect(0x7ffff0100000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0100000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0100000 4096 rw-
note "mprotect(0x7ffff0101000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0101000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0101000 4096 rw-
note "mprotect(0x7ffff0102000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0102000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0102000 4096 rw-
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc500000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc500000"
t4471 mmap 1048576 rw- private anon stack
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc5ff990, parent_tid=0x7fffcc5ff990, exit_signal=0, stack=0x7fffcc500000, stack_size=0xfef80, tls=0x7fffcc5ff6c0} => {parent_tid=[4506]}, 88) = 4506"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc5ff990, parent_tid=0x7fffcc5ff990, exit_signal=0, stack=0x7fffcc500000, stack_size=0xfef80, tls=0x7fffcc5ff6c0} => {parent_tid=[4506]}, 88) = 4506"
t4471 thread t4506 stack=0x7fffcc500000 size=1044352
note "mmap(0x7fff60000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff60000000"
note.zh_CN "系统调用：mmap(0x7fff60000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff60000000"
t4506 mmap 67108864 --- private anon at=0x7fff60000000 noreserve
note "mprotect(0x7fff60000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff60000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4506 mprotect 0x7fff60000000 135168 rw-
note "mprotect(0x7ffff0103000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0103000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0103000 8192 rw-
note "mmap(0x7fffcc500000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc500000"
note.zh_CN "系统调用：mmap(0x7fffcc500000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc500000"
t4506 mmap 16384 rw- private anon at=0x7fffcc500000 fixed
note "mprotect(0x7fffcc500000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffcc500000, 16384, PROT_NONE) = 0"
t4506 mprotect 0x7fffcc500000 16384 ---
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc400000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc400000"
t4471 mmap 1048576 rw- private anon stack
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc4ff990, parent_tid=0x7fffcc4ff990, exit_signal=0, stack=0x7fffcc400000, stack_size=0xfef80, tls=0x7fffcc4ff6c0} => {parent_tid=[4507]}, 88) = 4507"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc4ff990, parent_tid=0x7fffcc4ff990, exit_signal=0, stack=0x7fffcc400000, stack_size=0xfef80, tls=0x7fffcc4ff6c0} => {parent_tid=[4507]}, 88) = 4507"
t4471 thread t4507 stack=0x7fffcc400000 size=1044352
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff54000000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff54000000"
t4507 mmap 134217728 --- private anon noreserve
note "munmap(0x7fff58000000, 67108864) = 0"
note.zh_CN "系统调用：munmap(0x7fff58000000, 67108864) = 0"
t4507 munmap 0x7fff58000000 67108864
note "mprotect(0x7fff54000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff54000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4507 mprotect 0x7fff54000000 135168 rw-
note "mprotect(0x7ffff0105000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0105000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0105000 4096 rw-
note "mmap(0x7fffcc400000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc400000"
note.zh_CN "系统调用：mmap(0x7fffcc400000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc400000"
t4507 mmap 16384 rw- private anon at=0x7fffcc400000 fixed
note "mprotect(0x7fffcc400000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffcc400000, 16384, PROT_NONE) = 0"
t4507 mprotect 0x7fffcc400000 16384 ---
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc300000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc300000"
t4471 mmap 1048576 rw- private anon stack
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc3ff990, parent_tid=0x7fffcc3ff990, exit_signal=0, stack=0x7fffcc300000, stack_size=0xfef80, tls=0x7fffcc3ff6c0} => {parent_tid=[4508]}, 88) = 4508"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc3ff990, parent_tid=0x7fffcc3ff990, exit_signal=0, stack=0x7fffcc300000, stack_size=0xfef80, tls=0x7fffcc3ff6c0} => {parent_tid=[4508]}, 88) = 4508"
t4471 thread t4508 stack=0x7fffcc300000 size=1044352
note "mmap(0x7fff58000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff58000000"
note.zh_CN "系统调用：mmap(0x7fff58000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff58000000"
t4508 mmap 67108864 --- private anon at=0x7fff58000000 noreserve
note "mprotect(0x7fff58000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff58000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4508 mprotect 0x7fff58000000 135168 rw-
note "mprotect(0x7ffff0106000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0106000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0106000 4096 rw-
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc200000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc200000"
t4471 mmap 1048576 rw- private anon stack
note "mmap(0x7fffcc300000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc300000"
note.zh_CN "系统调用：mmap(0x7fffcc300000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc300000"
t4508 mmap 16384 rw- private anon at=0x7fffcc300000 fixed
note "mprotect(0x7fffcc300000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffcc300000, 16384, PROT_NONE) = 0"
t4508 mprotect 0x7fffcc300000 16384 ---
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc2ff990, parent_tid=0x7fffcc2ff990, exit_signal=0, stack=0x7fffcc200000, stack_size=0xfef80, tls=0x7fffcc2ff6c0} => {parent_tid=[4509]}, 88) = 4509"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc2ff990, parent_tid=0x7fffcc2ff990, exit_signal=0, stack=0x7fffcc200000, stack_size=0xfef80, tls=0x7fffcc2ff6c0} => {parent_tid=[4509]}, 88) = 4509"
t4471 thread t4509 stack=0x7fffcc200000 size=1044352
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff4c000000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff4c000000"
t4509 mmap 134217728 --- private anon noreserve
note "munmap(0x7fff50000000, 67108864) = 0"
note.zh_CN "系统调用：munmap(0x7fff50000000, 67108864) = 0"
t4509 munmap 0x7fff50000000 67108864
note "mprotect(0x7fff4c000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c000000 135168 rw-
note "mprotect(0x7ffff0107000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0107000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0107000 8192 rw-
note "mmap(0x7fffcc200000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc200000"
note.zh_CN "系统调用：mmap(0x7fffcc200000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc200000"
t4509 mmap 16384 rw- private anon at=0x7fffcc200000 fixed
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc100000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc100000"
t4471 mmap 1048576 rw- private anon stack
note "mprotect(0x7fffcc200000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffcc200000, 16384, PROT_NONE) = 0"
t4509 mprotect 0x7fffcc200000 16384 ---
note "mprotect(0x7fff4c021000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c021000, 4096, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c021000 4096 rw-
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc1ff990, parent_tid=0x7fffcc1ff990, exit_signal=0, stack=0x7fffcc100000, stack_size=0xfef80, tls=0x7fffcc1ff6c0} => {parent_tid=[4510]}, 88) = 4510"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc1ff990, parent_tid=0x7fffcc1ff990, exit_signal=0, stack=0x7fffcc100000, stack_size=0xfef80, tls=0x7fffcc1ff6c0} => {parent_tid=[4510]}, 88) = 4510"
t4471 thread t4510 stack=0x7fffcc100000 size=1044352
note "mprotect(0x7fff4c022000, 32768, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c022000, 32768, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c022000 32768 rw-
note "mprotect(0x7fff4c02a000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c02a000, 4096, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c02a000 4096 rw-
note "mmap(0x7fff50000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff50000000"
note.zh_CN "系统调用：mmap(0x7fff50000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff50000000"
t4510 mmap 67108864 --- private anon at=0x7fff50000000 noreserve
note "mprotect(0x7fff50000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff50000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4510 mprotect 0x7fff50000000 135168 rw-
note "mprotect(0x7fff4c02b000, 32768, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c02b000, 32768, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c02b000 32768 rw-
note "mprotect(0x7fff4c033000, 32768, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c033000, 32768, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c033000 32768 rw-
note "mprotect(0x7fff4c03b000, 32768, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c03b000, 32768, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c03b000 32768 rw-
note "mprotect(0x7fff4c043000, 32768, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c043000, 32768, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c043000 32768 rw-
note "mprotect(0x7fff4c04b000, 12288, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c04b000, 12288, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c04b000 12288 rw-
note "mprotect(0x7fff4c04e000, 32768, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c04e000, 32768, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c04e000 32768 rw-
note "mprotect(0x7fff4c056000, 32768, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c056000, 32768, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c056000 32768 rw-
note "mprotect(0x7ffff0109000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0109000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0109000 4096 rw-
note "mprotect(0x7fff4c05e000, 32768, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff4c05e000, 32768, PROT_READ|PROT_WRITE) = 0"
t4509 mprotect 0x7fff4c05e000 32768 rw-
note "mmap(0x7fffcc100000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc100000"
note.zh_CN "系统调用：mmap(0x7fffcc100000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc100000"
t4510 mmap 16384 rw- private anon at=0x7fffcc100000 fixed
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc000000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffcc000000"
t4471 mmap 1048576 rw- private anon stack
note "mprotect(0x7fffcc100000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffcc100000, 16384, PROT_NONE) = 0"
t4510 mprotect 0x7fffcc100000 16384 ---
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc0ff990, parent_tid=0x7fffcc0ff990, exit_signal=0, stack=0x7fffcc000000, stack_size=0xfef80, tls=0x7fffcc0ff6c0} => {parent_tid=[4511]}, 88) = 4511"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffcc0ff990, parent_tid=0x7fffcc0ff990, exit_signal=0, stack=0x7fffcc000000, stack_size=0xfef80, tls=0x7fffcc0ff6c0} => {parent_tid=[4511]}, 88) = 4511"
t4471 thread t4511 stack=0x7fffcc000000 size=1044352
note "mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff44000000"
note.zh_CN "系统调用：mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fff44000000"
t4511 mmap 134217728 --- private anon noreserve
note "munmap(0x7fff48000000, 67108864) = 0"
note.zh_CN "系统调用：munmap(0x7fff48000000, 67108864) = 0"
t4511 munmap 0x7fff48000000 67108864
note "mprotect(0x7fff44000000, 135168, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fff44000000, 135168, PROT_READ|PROT_WRITE) = 0"
t4511 mprotect 0x7fff44000000 135168 rw-
note "mprotect(0x7ffff010a000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff010a000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff010a000 4096 rw-
note "mmap(0x7fffcc000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc000000"
note.zh_CN "系统调用：mmap(0x7fffcc000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffcc000000"
t4511 mmap 16384 rw- private anon at=0x7fffcc000000 fixed
note "mprotect(0x7fffcc000000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffcc000000, 16384, PROT_NONE) = 0"
t4511 mprotect 0x7fffcc000000 16384 ---
note "mprotect(0x7ffff010b000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff010b000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff010b000 4096 rw-
note "mprotect(0x7ffff010c000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff010c000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff010c000 8192 rw-
note "mprotect(0x7ffff010e000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff010e000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff010e000 4096 rw-
note "mprotect(0x7ffff010f000, 4096, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff010f000, 4096, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff010f000 4096 rw-
note "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffbdf00000"
note.zh_CN "系统调用：mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffbdf00000"
t4471 mmap 1048576 rw- private anon stack
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffbdfff990, parent_tid=0x7fffbdfff990, exit_signal=0, stack=0x7fffbdf00000, stack_size=0xfef80, tls=0x7fffbdfff6c0} => {parent_tid=[4512]}, 88) = 4512"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffbdfff990, parent_tid=0x7fffbdfff990, exit_signal=0, stack=0x7fffbdf00000, stack_size=0xfef80, tls=0x7fffbdfff6c0} => {parent_tid=[4512]}, 88) = 4512"
t4471 thread t4512 stack=0x7fffbdf00000 size=1044352
note "mprotect(0x7ffff0110000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0110000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0110000 8192 rw-
note "mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffbddff000"
note.zh_CN "系统调用：mmap(NULL, 1052672, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fffbddff000"
t4471 mmap 1052672 --- private anon stack
note "mmap(0x7fffbdf00000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffbdf00000"
note.zh_CN "系统调用：mmap(0x7fffbdf00000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fffbdf00000"
t4512 mmap 16384 rw- private anon at=0x7fffbdf00000 fixed
note "mprotect(0x7fffbde00000, 1048576, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffbde00000, 1048576, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7fffbde00000 1048576 rw-
note "mprotect(0x7fffbdf00000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7fffbdf00000, 16384, PROT_NONE) = 0"
t4512 mprotect 0x7fffbdf00000 16384 ---
note "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffbdeff990, parent_tid=0x7fffbdeff990, exit_signal=0, stack=0x7fffbddff000, stack_size=0xfff80, tls=0x7fffbdeff6c0} => {parent_tid=[4513]}, 88) = 4513"
note.zh_CN "系统调用：clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fffbdeff990, parent_tid=0x7fffbdeff990, exit_signal=0, stack=0x7fffbddff000, stack_size=0xfff80, tls=0x7fffbdeff6c0} => {parent_tid=[4513]}, 88) = 4513"
t4471 thread t4513 stack=0x7fffbddff000 size=1048448
note "mmap(0x7ffff6820000, 16384, PROT_NONE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff6820000"
note.zh_CN "系统调用：mmap(0x7ffff6820000, 16384, PROT_NONE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff6820000"
t4471 mmap 16384 --- private anon at=0x7ffff6820000 fixed noreserve
note "mprotect(0x7ffff0112000, 8192, PROT_READ|PROT_WRITE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff0112000, 8192, PROT_READ|PROT_WRITE) = 0"
t4471 mprotect 0x7ffff0112000 8192 rw-
note "mmap(0x7ffff6820000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff6820000"
note.zh_CN "系统调用：mmap(0x7ffff6820000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff6820000"
t4471 mmap 16384 rw- private anon at=0x7ffff6820000 fixed
note "mprotect(0x7ffff6820000, 16384, PROT_NONE) = 0"
note.zh_CN "系统调用：mprotect(0x7ffff6820000, 16384, PROT_NONE) = 0"
t4471 mprotect 0x7ffff6820000 16384 ---
note "exit(0) = ?"
note.zh_CN "系统调用：exit(0) = ?"
t4513 exit
note "exit(0) = ?"
note.zh_CN "系统调用：exit(0) = ?"
t4483 exit
note "exit(0) = ?"
note.zh_CN "系统调用：exit(0) = ?"
t4484 exit
note "exit(0) = ?"
note.zh_CN "系统调用：exit(0) = ?"
t4481 exit
note "mmap(0x7fffcc500000, 16384, PROT_NONE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffcc500000"
note.zh_CN "系统调用：mmap(0x7fffcc500000, 16384, PROT_NONE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffcc500000"
t4506 mmap 16384 --- private anon at=0x7fffcc500000 fixed noreserve
note "mmap(0x7ffff6820000, 16384, PROT_NONE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff6820000"
note.zh_CN "系统调用：mmap(0x7ffff6820000, 16384, PROT_NONE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff6820000"
t4471 mmap 16384 --- private anon at=0x7ffff6820000 fixed noreserve
note "exit(0) = ?"
note.zh_CN "系统调用：exit(0) = ?"
t4506 exit
note "exit(0) = ?"
note.zh_CN "系统调用：exit(0) = ?"
t4502 exit
note "exit(0) = ?"
note.zh_CN "系统调用：exit(0) = ?"
t4471 exit
# line 701: --- SIGSTOP {si_signo=SIGSTOP, si_code=SI_KERNEL} ---
# line 702: --- stopped by SIGSTOP ---
# line 703: --- stopped by SIGSTOP ---
# line 704: --- stopped by SIGSTOP ---
# line 705: --- stopped by SIGSTOP ---
# line 706: --- stopped by SIGSTOP ---
# line 707: --- stopped by SIGSTOP ---
# line 708: --- stopped by SIGSTOP ---
# line 709: --- stopped by SIGSTOP ---
# line 710: --- stopped by SIGSTOP ---
# line 711: --- stopped by SIGSTOP ---
# line 712: --- stopped by SIGSTOP ---
# line 713: +++ killed by SIGKILL +++
# line 714: +++ killed by SIGKILL +++
# line 715: +++ killed by SIGKILL +++
# line 716: +++ killed by SIGKILL +++
# line 717: +++ killed by SIGKILL +++
# line 718: +++ killed by SIGKILL +++
# line 719: +++ killed by SIGKILL +++
# line 720: +++ killed by SIGKILL +++
# line 721: +++ killed by SIGKILL +++
# line 722: +++ killed by SIGKILL +++
# line 723: +++ killed by SIGKILL +++

note "The end (exit_group): /proc/PID/maps has 194 lines, as the real one had: 193 VMAs (map_count) and the vsyscall page, which is no VMA. smaps gives the reservations gigabytes of Size and no Rss: memory is spent only on pages the JVM touched, not on what it reserved."
note.zh_CN "结束（exit_group）：/proc/PID/maps 有 194 行，与真实进程相同：193 个 VMA（map_count）加上 vsyscall 页，它不是 VMA。smaps 中这些预留的 Size 有数 GiB，Rss 却为零：内存只花在 JVM 访问过的页上，而不是它预留的地址空间上。"
expect main vmas 193
