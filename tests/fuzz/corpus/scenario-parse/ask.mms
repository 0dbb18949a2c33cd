# Teacher-written questions: ask lines after the steps they are about.
title "Ask lines"
machine arch=x86_64 ram=64M

ask free
spawn parent
ask parent vmas "How many VMAs does the new process have?"
ask.zh_CN "新进程有多少个 VMA？"
parent mmap 16K rw- private anon as buf
ask parent rss
ask ok
ask fault parent write buf+4K
parent write buf 16K
ask nr_free DMA32 0
ask zone DMA32 free
ask slabs vm_area_struct
ask objects anon_vma
parent fork child
ask fault child write buf "The child writes its first page. What happens?"
ask.zh_CN "子进程写它的第一页。会发生什么？"
ask child rss
child write buf+100K
ask child segv
ask errno
parent munmap buf 4K
ask fault parent read buf
ask fault parent write stack-64K
ask swap
