machine arch=x86_64 ram=256M
spawn p
p malloc 52 as a28
p calloc 2 40 as a26
p malloc 11 as a45
p calloc 6 20 as a36
p malloc 97 as a19
p calloc 7 11 as a37
p free a37
p malloc 95 as a20
p malloc 15 as a46
p malloc 108 as a43
p free a19
p malloc 43 as a17
p free a26
p malloc 11 as a11
p malloc 107 as a29
p malloc 119 as a41
p malloc 62 as a10
p malloc 120 as a14
p free a36
p malloc 0 as a24
p malloc 26 as a7
p malloc 74 as a38
p calloc 6 14 as a37
p realloc a38 110
p malloc 86 as a3
p calloc 3 6 as a34
p write a38
p free a17
p write a28
p free a34
p write a24
p calloc 7 15 as a19
p malloc 60 as a5
p malloc 53 as a2
p write a20
p malloc 87 as a0
p write a0
p malloc 67 as a31
p write a5
p malloc 84 as a35
p realloc a2 29
p free a2
p malloc 85 as a9
p malloc 111 as a21
p free a28
p malloc 1 as a25
p malloc 52 as a34
p malloc 28 as a26
p free a11
p malloc 66 as a44
p malloc 37 as a28
p write a5
p realloc a31 65
p write a7
p malloc 116 as a36
p malloc 88 as a47
p calloc 16 6 as a22
p malloc 10 as a1
p write a14
p write a28
p free a25
p free a41
p free a46
p write a22
p free a7
p realloc a22 48
p malloc 15 as a39
p free a24
p free a14
p free a45
p free a10
p write a0
p malloc 106 as a18
p malloc 100 as a25
p free a25
p write a18
p realloc a38 95
p write a38
p calloc 16 7 as a32
p write a35
p free a31
p free a34
p write a47
p malloc 14 as a33
p malloc 3 as a6
p free a9
p malloc 5 as a11
