machine arch=x86_64 ram=256M
spawn p
p calloc 5 7 as a5
p malloc 87 as a37
p calloc 12 69523 as a17
p malloc 14158194 as a1
p malloc 27 as a20
p malloc 107836 as a38
p malloc 14 as a25
p calloc 15 97709 as a0
p calloc 5 6543697 as a36
p malloc 5938061 as a47
p calloc 10 0 as a4
p malloc 10030862 as a39
p free a0
p calloc 16 1585433 as a8
p write a20
p calloc 13 4816 as a41
p malloc 40185 as a6
p calloc 6 155 as a45
p malloc 17 as a7
p realloc a4 87
p calloc 6 5366913 as a44
p free a4
p free a38
p calloc 11 72997 as a4
p malloc 418530 as a27
p malloc 23 as a26
p calloc 12 2911296 as a0
p free a1
p malloc 339935 as a13
p calloc 15 8981 as a38
p malloc 9148188 as a2
p calloc 9 133035 as a30
p calloc 14 25 as a29
p calloc 8 706790 as a19
p free a44
p free a7
p malloc 760 as a33
p free a19
p malloc 46445 as a10
p free a20
p free a6
p calloc 13 9217 as a14
p calloc 13 19764 as a18
p calloc 8 11 as a20
p write a41
p calloc 14 4147 as a32
p malloc 694297 as a7
p calloc 16 36605 as a9
p free a18
p write a7
p calloc 13 28917 as a42
p malloc 104 as a31
p realloc a36 986395
p realloc a7 734
p realloc a36 725
p free a13
p calloc 10 20 as a6
p free a47
p realloc a9 596857
p free a4
p calloc 1 69815 as a12
p free a36
p malloc 1049 as a40
p malloc 22300253 as a43
p free a33
p free a45
p free a31
p malloc 1019 as a4
p calloc 9 334623 as a46
p realloc a4 1433812
p write a12
p free a2
p realloc a39 401
p write a20
p calloc 16 2089405 as a18
p malloc 28324 as a16
p free a29
p write a40
p free a43
p malloc 8707985 as a43
p realloc a16 622728
p write a26
p malloc 1079 as a23
p write a43
p realloc a8 246
p malloc 120782 as a44
p free a37
p malloc 665 as a3
p write a3
p free a30
p malloc 324 as a24
p free a3
p free a39
p calloc 10 9 as a2
p free a24
p realloc a2 1382231
p free a17
p free a44
p free a32
p write a27
p calloc 1 4585432 as a32
p write a8
p malloc 35524162 as a11
p free a46
p free a23
p calloc 8 127 as a22
p calloc 4 6082938 as a45
p free a6
p free a26
p calloc 15 243 as a19
p write a45
p malloc 30543042 as a15
p calloc 2 518690 as a24
p calloc 9 28 as a17
p calloc 14 2131028 as a46
p free a4
p free a9
p malloc 13601 as a26
p write a46
p free a20
p free a12
p free a27
p free a46
p write a17
p free a45
p calloc 2 9244 as a9
p write a25
p calloc 15 8 as a33
p free a22
p calloc 13 6 as a4
p free a26
p malloc 1004 as a26
p calloc 11 81 as a6
p malloc 24053 as a47
p malloc 1064253 as a28
p malloc 25 as a27
p malloc 69 as a30
p free a33
p free a14
p malloc 418224 as a13
p calloc 4 8793666 as a35
p free a4
p malloc 28 as a1
p free a7
p malloc 13400 as a7
p malloc 1474512 as a45
p realloc a18 59227
p realloc a1 86
p free a15
p free a9
p free a32
p malloc 29563948 as a4
p free a45
p malloc 64648 as a44
p write a1
p free a1
p realloc a17 103649
p free a35
p malloc 937954 as a36
p free a19
p malloc 587 as a22
p calloc 2 47 as a35
p calloc 1 571616 as a1
p free a27
p free a43
p calloc 4 333862 as a27
p calloc 12 4 as a20
p realloc a27 614646
p calloc 7 134727 as a15
p free a38
p write a35
p realloc a15 149812
p free a36
p calloc 4 16442 as a29
p malloc 506770 as a9
p free a15
p free a18
p free a30
p malloc 14 as a46
p write a22
p malloc 10 as a15
p free a47
p malloc 37914735 as a37
p malloc 131795 as a18
p free a28
p free a20
p free a42
p free a26
p realloc a37 20692708
p malloc 625998 as a38
p malloc 357744 as a20
p free a6
p calloc 11 2777921 as a14
p free a38
p write a7
p free a9
p malloc 519796 as a34
p free a1
p calloc 6 12 as a31
p write a13
p free a7
p calloc 9 2423800 as a21
p write a14
p write a24
p calloc 12 402557 as a43
p write a40
p free a4
p free a35
p free a0
p calloc 7 150569 as a35
p free a43
p realloc a25 62
p calloc 9 1727897 as a42
p malloc 25 as a9
p free a29
p realloc a22 71568
p calloc 8 86919 as a23
p calloc 1 967 as a26
p malloc 119 as a45
p calloc 8 4657951 as a4
p realloc a10 5166
p realloc a17 30465604
p write a16
