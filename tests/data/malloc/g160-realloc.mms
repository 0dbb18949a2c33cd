machine arch=x86_64 ram=256M
spawn p
p malloc 690 as a12
p calloc 9 4061651 as a20
p malloc 109 as a44
p malloc 1132852 as a15
p malloc 1404659 as a42
p malloc 86 as a9
p malloc 2 as a25
p malloc 117 as a30
p malloc 15507882 as a43
p malloc 50 as a2
p malloc 1189722 as a45
p malloc 71 as a46
p calloc 5 13880 as a14
p malloc 576 as a24
p malloc 1464153 as a36
p calloc 10 2212438 as a0
p malloc 958 as a10
p malloc 3 as a35
p malloc 719775 as a13
p malloc 67006 as a40
p realloc a15 15302
p malloc 29 as a38
p malloc 10419482 as a3
p free a10
p free a38
p malloc 61 as a7
p free a24
p malloc 17682354 as a33
p malloc 32026674 as a5
p calloc 16 1264706 as a26
p free a13
p malloc 297 as a24
p calloc 13 65 as a19
p free a3
p calloc 4 149502 as a13
p free a35
p malloc 423 as a47
p realloc a9 94
p malloc 6 as a11
p malloc 116 as a1
p free a2
p calloc 12 62 as a32
p realloc a0 596472
p calloc 11 92 as a37
p calloc 11 1 as a8
p free a42
p realloc a24 424
p calloc 9 4061884 as a22
p malloc 95513 as a6
p malloc 316830 as a18
p free a25
p realloc a47 98
p free a47
p malloc 129753 as a31
p malloc 695424 as a47
p malloc 284 as a17
p calloc 2 14393964 as a21
p realloc a17 17171078
p realloc a7 1080055
p realloc a5 10049970
p calloc 14 44 as a28
p realloc a45 25208007
p malloc 61 as a29
p malloc 1189837 as a34
p realloc a33 80
p malloc 389191 as a2
p malloc 84423 as a41
p realloc a15 30272565
p realloc a14 699
p free a7
p free a20
p malloc 44 as a10
p realloc a41 24180392
p realloc a13 106
p realloc a33 189
p free a47
p calloc 4 10 as a27
p realloc a37 1026
p malloc 86409 as a16
p malloc 40990 as a23
p malloc 97 as a42
p free a16
p realloc a15 728
p free a21
p realloc a6 1037
p free a26
p realloc a40 30
p free a5
p realloc a14 91415
