machine arch=x86_64 ram=256M
spawn p
p malloc 655258 as a28
p malloc 49513 as a6
p malloc 1401611 as a17
p malloc 19204606 as a40
p malloc 9 as a22
p malloc 95 as a15
p malloc 256222 as a10
p malloc 57900 as a33
p malloc 856 as a47
p write a17
p malloc 878825 as a35
p free a35
p free a17
p malloc 130270 as a16
p malloc 572 as a32
p malloc 848 as a34
p malloc 110788 as a12
p free a33
p calloc 7 98344 as a38
p malloc 233 as a0
p malloc 34198 as a9
p malloc 119641 as a17
p malloc 77 as a18
p malloc 116 as a36
p malloc 31772502 as a30
p malloc 32 as a26
p malloc 39 as a45
p free a9
p malloc 1264843 as a29
p malloc 68835 as a41
p malloc 117366 as a33
p malloc 49 as a27
p malloc 84 as a46
p write a10
p write a32
p malloc 124 as a35
p malloc 18688744 as a24
p free a27
p calloc 9 163730 as a44
p calloc 16 2446793 as a19
p malloc 26171438 as a8
p malloc 34099391 as a43
p write a36
p free a17
p malloc 9655466 as a31
p malloc 1023 as a7
p write a33
p malloc 942 as a11
p free a40
p free a47
p free a46
p free a12
p malloc 3835937 as a21
p free a22
p free a31
p realloc a34 534
p malloc 131 as a14
p malloc 100013 as a47
p write a38
p malloc 67 as a4
p free a43
p calloc 2 601055 as a42
p realloc a44 6430713
p realloc a8 111
p write a19
p write a34
p malloc 126734 as a13
p free a32
p free a10
p malloc 18096650 as a43
p malloc 1161835 as a39
p malloc 763295 as a22
p free a13
p malloc 19078313 as a17
p realloc a0 0
p write a7
p free a35
p realloc a42 1160669
p free a33
p realloc a43 39294296
p realloc a14 124
p write a7
p malloc 77598 as a0
p malloc 109481 as a31
p malloc 223 as a9
p free a14
p free a26
p malloc 166 as a25
p malloc 110 as a40
p write a0
p free a47
p realloc a9 28588
p free a41
p free a19
p malloc 26159622 as a13
p malloc 48 as a3
p free a11
p malloc 10587 as a41
p free a36
p free a38
p malloc 44 as a33
p malloc 66801 as a5
p malloc 83 as a35
p malloc 34 as a47
p free a0
p free a40
p write a35
p malloc 69897 as a23
p malloc 60 as a40
p malloc 888 as a14
p malloc 10976 as a10
p free a5
p free a8
p free a47
p realloc a15 626
p malloc 1358962 as a8
p malloc 11954278 as a11
p write a17
p free a18
p malloc 358895 as a2
p free a4
p free a13
p malloc 11489772 as a46
p free a23
p realloc a25 15316726
p free a41
p realloc a30 100316
p free a10
p malloc 113 as a19
p malloc 230941 as a36
p free a33
p malloc 32 as a13
p malloc 466085 as a47
p calloc 2 8271918 as a5
p malloc 987 as a12
p free a24
p free a28
p free a2
p malloc 581618 as a41
p malloc 124 as a26
p free a45
p malloc 46174 as a18
p write a40
p free a11
p free a34
p free a39
p write a42
p malloc 21059838 as a10
p write a12
p free a40
p realloc a16 8082584
p malloc 167 as a39
p malloc 882 as a1
p calloc 11 3729 as a20
p free a36
p free a46
p free a5
p malloc 1187184 as a34
p realloc a39 73339
p malloc 97874 as a23
p malloc 68980 as a24
p realloc a34 104165
p malloc 54 as a27
p free a21
p write a27
