machine arch=x86_64 ram=256M
spawn p
p malloc 81 as a40
p malloc 93 as a0
p malloc 128 as a24
p malloc 80 as a2
p write a0
p malloc 100 as a8
p free a8
p write a24
p malloc 8 as a42
p free a24
p malloc 74 as a28
p free a0
p malloc 119 as a8
p calloc 15 7 as a34
p malloc 30 as a14
p malloc 120 as a21
p malloc 3 as a31
p malloc 3 as a6
p malloc 35 as a35
p free a28
p malloc 41 as a4
p malloc 14 as a29
p malloc 46 as a45
p malloc 70 as a28
p malloc 67 as a18
p free a8
p malloc 34 as a36
p realloc a31 61
p malloc 79 as a32
p malloc 125 as a39
p malloc 126 as a20
p free a20
p malloc 66 as a7
p malloc 79 as a13
p free a28
p free a40
p malloc 55 as a33
p calloc 15 5 as a3
p malloc 35 as a0
p malloc 53 as a17
p write a13
p malloc 37 as a11
p free a6
p malloc 91 as a1
p malloc 17 as a43
p free a36
p malloc 110 as a22
p malloc 110 as a23
p free a17
p malloc 72 as a20
p malloc 42 as a10
p free a22
p free a1
p malloc 102 as a41
p free a14
p write a45
p malloc 6 as a12
p malloc 7 as a8
p malloc 15 as a47
p free a13
p realloc a20 50
p free a42
p malloc 111 as a27
p malloc 32 as a28
p free a3
p malloc 1 as a25
p malloc 44 as a15
p free a10
p malloc 39 as a5
p malloc 6 as a36
p free a4
p malloc 4 as a38
p free a25
p realloc a36 14
p write a8
p realloc a27 21
p malloc 8 as a40
p free a15
p free a20
p malloc 5 as a46
p free a34
p calloc 12 7 as a30
p malloc 128 as a14
p free a43
p calloc 5 9 as a25
p malloc 104 as a44
p malloc 28 as a19
p free a0
p write a25
p malloc 92 as a43
p calloc 6 6 as a9
p free a35
p realloc a18 79
p realloc a38 4
p calloc 8 11 as a24
p malloc 57 as a10
p free a32
p write a38
p free a23
p free a27
p free a8
p malloc 9 as a37
p free a25
p malloc 9 as a6
p free a46
p write a31
p free a43
p malloc 67 as a4
p write a18
p free a36
p free a19
p calloc 8 5 as a35
p free a28
p free a10
p free a9
p free a24
p malloc 106 as a17
p free a6
