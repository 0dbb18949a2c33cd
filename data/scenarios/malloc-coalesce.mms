# Free chunks coalesce with free neighbours; until they do, the heap fragments.
title "malloc: coalescing and fragmentation"
machine arch=x86_64 ram=64M

spawn app
note "Five blocks of 2000 bytes (chunks of 2016: too big for the tcache, which stops at 1032 bytes), one after the other from the top."
note.zh_CN "五个 2000 字节的内存块（2016 字节的 chunk：超出 tcache 的上限 1032 字节），依次从 top chunk 切出。"
app malloc 2000 as a
app malloc 2000 as b
app malloc 2000 as c
app malloc 2000 as d
app malloc 2000 as e

note "free(a) and free(c): two free chunks of 2016 bytes in the unsorted bin, with b between them."
note.zh_CN "free(a) 和 free(c)：unsorted bin 中有两个 2016 字节的空闲 chunk，中间隔着 b。"
app free a
app free c

note "Fragmentation: 4032 bytes are free, but a request of 3000 bytes fits in neither chunk. The top chunk serves it; the two free chunks go to their large bin on the way."
note.zh_CN "碎片：共有 4032 字节空闲，但 3000 字节的请求放不进任何一个 chunk。请求由 top chunk 满足；两个空闲 chunk 在此过程中被放入它们的 large bin。"
app malloc 3000 as f
expect app chunk f 3008

note "free(b): b's neighbours on both sides are free, so _int_free coalesces all three into one chunk of 6048 bytes."
note.zh_CN "free(b)：b 的两侧都是空闲 chunk，于是 _int_free 把三者合并成一个 6048 字节的 chunk。"
app free b

note "Now a request of 5000 bytes fits: the merged chunk is split, and the remainder goes back to the unsorted bin."
note.zh_CN "现在 5000 字节的请求放得下了：合并后的 chunk 被切分，剩余部分回到 unsorted bin。"
app malloc 5000 as g
expect app chunk g 5008

note "free(f), then free(e): each borders the top chunk, and merges into the top instead of going to a bin."
note.zh_CN "先 free(f)，再 free(e)：二者都紧邻 top chunk，于是并入 top chunk，而不是进入某个 bin。"
app free f
app free e
expect app heap 132K
