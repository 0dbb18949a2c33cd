# Slab caches take frames from the buddy allocator and give them back.
title "Slab caches grow and shrink"
machine arch=x86_64 ram=16M

note "At boot every cache is empty. The first vm_area_struct (192 bytes) makes the cache grow by one slab: one frame holding 21 objects."
note.zh_CN "启动时所有缓存都是空的。第一个 vm_area_struct（192 字节）让缓存增长一个 slab：一个页框，容纳 21 个对象。"
kernel kmem_cache_alloc vm_area_struct as v1
expect slabs vm_area_struct 0 1 0
expect objects vm_area_struct 1

note "The next objects come from the same partial slab."
note.zh_CN "接下来的对象来自同一个部分使用的 slab。"
kernel kmem_cache_alloc vm_area_struct as v2
kernel kmem_cache_alloc vm_area_struct as v3
ask objects vm_area_struct "How many vm_area_struct objects are active now?"
ask.zh_CN "现在有多少个 vm_area_struct 对象在使用中？"

note "kmalloc rounds a size up to a kmalloc cache: 100 bytes come from kmalloc-128, 3000 bytes from kmalloc-4k, whose slabs are 8 frames each."
note.zh_CN "kmalloc 把大小向上取整到某个 kmalloc 缓存：100 字节来自 kmalloc-128，3000 字节来自 kmalloc-4k，它的每个 slab 占 8 个页框。"
kernel kmalloc 100 as small
ask slabs kmalloc-128 "kmalloc(100) is served by kmalloc-128. What are its full, partial and free slabs?"
ask.zh_CN "kmalloc(100) 由 kmalloc-128 提供。它的满、部分和空 slab 各有多少？"
expect slabs kmalloc-128 0 1 0
kernel kmalloc 3000 as page_sized
expect slabs kmalloc-4k 0 1 0

note "More than 8 KiB is not served by a cache: kmalloc_large asks the buddy allocator directly (here order 2)."
note.zh_CN "超过 8 KiB 的请求不由缓存满足：kmalloc_large 直接向伙伴分配器申请（这里是 2 阶）。"
kernel kmalloc 16K as large

note "An mm_struct slab holds 20 objects in 8 frames."
note.zh_CN "一个 mm_struct slab 用 8 个页框容纳 20 个对象。"
kernel kmem_cache_alloc mm_struct as mm1
expect slabs mm_struct 0 1 0

note "Freeing the kmalloc-128 object empties its slab: the cache keeps one empty slab on slabs_free, ready for the next allocation."
note.zh_CN "释放 kmalloc-128 对象后其 slab 变空：缓存在 slabs_free 上保留一个空 slab，供下次分配使用。"
kernel kfree small
ask slabs kmalloc-128 "Its only object is freed. What are kmalloc-128's full, partial and free slabs now?"
ask.zh_CN "它唯一的对象被释放了。kmalloc-128 现在的满、部分和空 slab 各有多少？"
expect slabs kmalloc-128 0 0 1
kernel kfree page_sized
kernel kfree large
kernel kmem_cache_free mm1

note "Freeing every vm_area_struct leaves that cache with one empty slab too."
note.zh_CN "释放所有 vm_area_struct 后，该缓存同样只留下一个空 slab。"
kernel kmem_cache_free v1
kernel kmem_cache_free v2
kernel kmem_cache_free v3
expect slabs vm_area_struct 0 0 1
expect objects vm_area_struct 0
