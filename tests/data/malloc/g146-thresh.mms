machine arch=x86_64 ram=256M
spawn p
p malloc 1153634 as a25
p malloc 291314 as a18
p malloc 161371 as a41
p malloc 1249379 as a30
p malloc 311746 as a47
p malloc 646552 as a38
p malloc 1421543 as a1
p malloc 1030626 as a21
p malloc 1422352 as a43
p malloc 746313 as a24
p malloc 574161 as a7
p malloc 367018 as a8
p malloc 1061299 as a32
p malloc 359039 as a46
p malloc 1099721 as a39
p malloc 469327 as a37
p calloc 16 25502 as a44
p free a37
p calloc 4 162143 as a0
p malloc 1259168 as a5
p malloc 423250 as a17
p calloc 10 144739 as a36
p malloc 169027 as a10
p malloc 749462 as a42
p malloc 783592 as a33
p free a41
p malloc 1296356 as a27
p free a0
p free a24
p malloc 365411 as a35
p free a5
p malloc 383914 as a41
p realloc a33 1163766
p malloc 435744 as a9
p free a38
p malloc 320308 as a0
p free a25
p malloc 134227 as a2
p realloc a7 214077
p malloc 715941 as a16
p malloc 938236 as a22
p malloc 128226 as a5
p write a47
p free a7
p malloc 1332400 as a29
p malloc 655827 as a20
p write a36
p free a30
p free a36
p free a10
p calloc 5 106688 as a28
p write a32
p malloc 506451 as a30
p free a28
p free a20
p calloc 8 60599 as a11
p free a29
p realloc a32 674180
p malloc 399438 as a38
p free a38
p free a47
p realloc a44 362680
p free a17
p malloc 1148664 as a12
p malloc 484595 as a7
p malloc 1147949 as a40
p calloc 9 134486 as a25
p malloc 742559 as a14
p free a21
p free a35
p malloc 776230 as a35
p free a42
p write a2
p free a41
p calloc 13 77380 as a47
p free a16
p free a5
p malloc 1104048 as a38
p malloc 1197397 as a23
p malloc 709395 as a26
p write a43
p malloc 116370 as a17
p malloc 1198137 as a24
p malloc 582381 as a42
p free a43
p free a26
p write a2
p write a40
p free a38
p free a24
p malloc 1469319 as a36
p malloc 1208829 as a16
p free a11
p free a27
p free a32
p malloc 1367190 as a24
p write a23
p malloc 335644 as a38
p realloc a40 680438
p free a25
p free a23
p malloc 315603 as a41
p realloc a39 539343
p malloc 1175791 as a26
p free a2
p calloc 6 151735 as a29
p malloc 1001245 as a10
p malloc 515547 as a13
p malloc 335092 as a45
p malloc 808488 as a6
p free a8
p free a39
p free a29
p malloc 1142988 as a25
p realloc a38 1080407
p malloc 1213526 as a21
p malloc 788633 as a8
p free a17
p write a22
p malloc 450453 as a20
p free a8
p malloc 1312746 as a19
p free a42
p malloc 312921 as a27
p malloc 175124 as a37
p malloc 1381080 as a5
p realloc a44 402977
p free a36
p free a6
p malloc 1402014 as a28
p write a46
p free a47
p malloc 702375 as a23
p free a9
p malloc 904918 as a3
p free a5
p free a12
p malloc 1259232 as a6
p calloc 7 156872 as a31
p malloc 1043358 as a5
p malloc 187489 as a39
p malloc 1028170 as a29
p malloc 992046 as a43
p write a6
p free a14
p free a10
p malloc 1187968 as a34
p malloc 1395569 as a15
p realloc a33 536733
p write a35
p malloc 1320618 as a42
p malloc 676951 as a14
p calloc 4 191373 as a4
p write a16
p realloc a31 529359
p write a3
p free a44
p realloc a34 142142
p free a20
p write a21
p malloc 1163806 as a10
p free a15
p write a31
p calloc 15 15309 as a9
p realloc a41 759762
p malloc 360319 as a15
p malloc 896780 as a11
p malloc 675781 as a44
p malloc 662164 as a47
p write a1
p free a1
p free a19
p free a42
p write a37
p malloc 1202735 as a20
p write a15
p realloc a27 531696
p free a16
p free a28
p malloc 1376032 as a1
p free a31
p realloc a14 1097000
p malloc 1193152 as a42
p calloc 10 124923 as a16
p write a44
p free a22
p free a18
p free a1
p free a13
p malloc 131350 as a18
p free a30
p calloc 8 186971 as a32
p free a46
p calloc 14 79311 as a46
p realloc a24 1020346
p free a44
p free a32
p free a16
p malloc 489967 as a8
p write a23
p free a9
p free a15
p free a10
p free a29
p malloc 510356 as a44
p free a20
p free a37
p free a41
p free a47
p free a4
p malloc 1262287 as a41
p calloc 3 65247 as a13
p realloc a43 115492
p free a13
p calloc 1 973481 as a2
p malloc 633240 as a22
p malloc 114032 as a29
p free a8
p malloc 1256538 as a13
p realloc a42 114939
p malloc 1358777 as a17
p free a2
p realloc a13 467490
p free a14
p free a5
p malloc 924415 as a32
p malloc 391604 as a12
p malloc 787051 as a31
p malloc 213091 as a20
p malloc 534187 as a30
p free a18
p calloc 15 49331 as a1
p free a24
p free a45
p malloc 1218757 as a18
p write a34
p calloc 7 98103 as a24
p free a35
p write a3
p malloc 471704 as a10
p malloc 1307285 as a15
p free a32
p free a1
p calloc 8 167964 as a9
p realloc a12 1057030
p malloc 946928 as a1
p free a0
p malloc 510536 as a4
p write a18
p calloc 12 104973 as a37
p malloc 376125 as a32
p realloc a20 1340623
p free a34
p free a39
p free a27
p malloc 172454 as a45
p malloc 671693 as a39
p write a43
p write a45
p malloc 1279394 as a47
p free a31
p write a4
p free a47
