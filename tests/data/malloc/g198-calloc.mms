machine arch=x86_64 ram=256M
spawn p
p calloc 11 0 as a39
p malloc 472 as a2
p calloc 12 1457656 as a22
p free a39
p calloc 12 120999 as a20
p calloc 16 1180012 as a24
p calloc 1 86404 as a21
p calloc 3 211 as a41
p calloc 12 64036 as a12
p calloc 3 454687 as a14
p calloc 13 2492176 as a34
p free a41
p calloc 5 98 as a28
p free a20
p calloc 4 32178 as a0
p calloc 4 4451 as a17
p free a12
p realloc a22 62
p malloc 11373930 as a19
p free a21
p calloc 15 4 as a7
p realloc a7 89946
p calloc 10 1 as a5
p malloc 120 as a23
p free a14
p calloc 1 964 as a32
p calloc 11 0 as a16
p malloc 59184 as a15
p calloc 11 59048 as a38
p free a7
p calloc 4 7145660 as a3
p calloc 10 72 as a47
p free a5
p malloc 26904 as a20
p free a34
p calloc 14 31 as a8
p calloc 9 10518 as a44
p write a3
p malloc 963775 as a46
p free a32
p calloc 16 4 as a1
p malloc 22332052 as a29
p calloc 5 16545 as a32
p free a24
p calloc 15 53885 as a26
p write a2
p free a20
p write a47
p malloc 85969 as a34
p free a46
p calloc 7 207472 as a12
p free a38
p malloc 400 as a42
p write a0
p calloc 8 28610 as a31
p calloc 14 44474 as a30
p realloc a19 119975
p realloc a26 427
p calloc 8 8 as a39
p malloc 145869 as a40
p malloc 1488095 as a35
p free a29
p free a34
p calloc 9 1912847 as a33
p calloc 12 35294 as a46
p calloc 16 2 as a43
p realloc a32 61
p malloc 1228596 as a27
p free a26
p free a40
p free a15
p write a30
p calloc 6 19376 as a20
p free a33
p calloc 16 1084746 as a38
p realloc a12 551
p free a1
p free a27
p realloc a31 6524
p free a0
p malloc 27526702 as a1
p free a17
p free a38
p calloc 12 2217748 as a15
p calloc 3 19459 as a33
p write a31
p write a39
p calloc 11 35 as a5
p malloc 84407 as a9
p calloc 6 2 as a37
p malloc 2936109 as a27
p free a22
p write a1
p free a9
p calloc 11 29563 as a4
p calloc 10 45727 as a17
p free a1
p free a47
p free a46
p free a44
p free a43
p free a16
p calloc 6 17585 as a46
p write a35
p write a27
p free a31
p malloc 41 as a10
p write a46
p free a19
p realloc a4 26
p calloc 15 40 as a7
p free a15
p free a46
p calloc 11 10297 as a15
p free a32
p free a23
p realloc a4 33467026
p realloc a42 4567610
p calloc 9 13 as a11
p write a12
p free a27
p free a5
p calloc 12 9 as a25
p free a28
p realloc a35 369
p realloc a25 56931
p write a30
p calloc 13 25485 as a13
p write a4
p malloc 567319 as a34
p write a33
p write a13
p write a35
p calloc 13 42 as a16
p calloc 15 11774 as a40
p calloc 14 326931 as a1
p free a8
p calloc 16 3 as a23
p calloc 15 63061 as a21
p calloc 4 2534393 as a43
p malloc 122 as a24
p calloc 4 15711 as a31
p write a34
p free a35
p calloc 2 14160 as a47
p write a10
p free a21
p calloc 4 15246 as a27
p malloc 64 as a35
p malloc 7854854 as a22
p write a23
p calloc 13 64596 as a0
p calloc 8 12 as a45
p free a4
p free a3
p calloc 7 2 as a26
p free a31
p free a37
p realloc a2 35048349
p free a27
p calloc 5 19096 as a36
p free a36
p free a12
p realloc a23 137
p free a25
p malloc 57 as a8
p realloc a30 1008
p write a45
p free a43
p free a15
p free a17
p realloc a1 83
p free a40
p free a13
p free a24
p malloc 9165923 as a32
p malloc 8479 as a25
p calloc 15 13 as a31
p free a22
p calloc 6 3868197 as a17
p realloc a33 14446774
p free a45
p malloc 37 as a40
p calloc 16 71683 as a44
p realloc a2 79
p free a10
p malloc 330 as a27
p free a32
p calloc 7 2534789 as a5
p realloc a40 49574
p free a20
p calloc 6 5406662 as a29
p calloc 9 2335 as a41
p malloc 97062 as a13
p free a44
p free a17
p calloc 16 11 as a44
p write a5
p calloc 13 21 as a24
p calloc 4 93 as a22
p malloc 54411 as a6
p calloc 12 5629 as a20
p malloc 88314 as a14
p malloc 26502552 as a15
p calloc 15 40 as a38
p write a5
p calloc 12 92781 as a37
p write a44
p calloc 1 40 as a32
p free a0
p calloc 10 6835 as a46
p calloc 1 82 as a17
p free a33
p realloc a17 526
p free a24
p malloc 271 as a28
p free a22
p write a46
p realloc a13 828459
p calloc 6 476350 as a43
p free a44
p free a32
p calloc 11 1802831 as a19
p realloc a30 127272
p calloc 2 38 as a33
p free a46
p free a16
p free a47
p free a37
p realloc a11 750986
p free a26
p free a31
p free a39
p calloc 1 95 as a0
p malloc 731873 as a26
p calloc 14 1 as a45
p write a7
p realloc a28 102
p calloc 16 3691 as a12
p free a7
p calloc 5 716111 as a16
p free a6
p write a14
p free a23
p malloc 192626 as a47
p free a27
p free a17
p calloc 11 30247 as a10
p malloc 84 as a17
p free a33
p write a34
p calloc 8 130792 as a3
p free a16
p realloc a35 718390
p free a40
p free a29
p calloc 2 516 as a22
p calloc 4 5945062 as a39
p calloc 3 345979 as a44
p malloc 68032 as a9
p free a20
p calloc 13 13 as a40
p calloc 6 13 as a16
p write a42
p free a13
p free a30
