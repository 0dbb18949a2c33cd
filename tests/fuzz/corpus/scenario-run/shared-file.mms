# Two processes map the same file MAP_SHARED: they share its page-cache
# frames (mm/filemap.c: filemap_fault).
title "A shared file mapping between two processes"
machine arch=x86_64 ram=64M
file data.db size=64K

spawn writer
spawn reader
note "The writer maps the file shared. The first touch of each page is a major fault: the page is read from the file into the page cache."
note.zh_CN "写进程以共享方式映射文件。每页第一次访问是主缺页：页面从文件读入页缓存。"
writer mmap 64K rw- shared file=data.db as db
writer write db 16K
expect writer rss 20K

note "The reader maps the same file. Its faults are minor: the pages are already in the page cache, so the same frames are mapped again."
note.zh_CN "读进程映射同一个文件。它的缺页是次缺页：页面已在页缓存中，同样的页框再被映射一次。"
reader mmap 64K r-- shared file=data.db as db
reader read db 16K
expect reader rss 20K

note "A private mapping of the same file: a read maps the cache frame, but a write copies the page into an anonymous frame at once (copy-on-write)."
note.zh_CN "同一文件的私有映射：读时映射页缓存的页框，写时则立即把该页复制到一个匿名页框（写时复制）。"
reader mmap 16K rw- private file=data.db as priv
reader write priv
expect reader rss 24K

note "Shared anonymous memory is shmem: SysV shared memory attached in both processes maps the same frames."
note.zh_CN "共享匿名内存属于 shmem：两个进程都附加的 SysV 共享内存映射同样的页框。"
writer shmget 0x1234 16K
writer shmat 0x1234 as shm
reader shmat 0x1234 as shm
writer write shm 16K
expect writer rss 36K
reader read shm 16K
expect reader rss 40K
