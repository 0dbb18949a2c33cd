# The C library's allocator: malloc, calloc, realloc and free on labels,
# and the checks of a chunk's size and of the [heap]'s.
title "malloc, calloc, realloc and free"
machine arch=x86_64 ram=64M

spawn app
note "malloc(379) grows the heap and takes a chunk of it."
app malloc 379 as a
expect app chunk a 400
expect app heap 132K
app malloc 0
app malloc 0x20 as b
app calloc 10 4K as c
app write a
app write c 40K
app realloc a 1M
expect app chunk a 0x101000
app realloc c 0
app free b
app free a
expect app heap 132K
expect free 65396K
