machine arch=x86_64 ram=256M
spawn p
p calloc 9 135953 as a36
p malloc 91272 as a26
p free a36
p malloc 26551212 as a24
p malloc 92920 as a16
p malloc 121976 as a35
p malloc 100 as a20
p free a16
p malloc 407 as a8
p calloc 8 7665 as a34
p malloc 32439217 as a18
p malloc 108820 as a11
p calloc 15 1378 as a47
p malloc 1148261 as a10
p malloc 1443198 as a6
p malloc 34198148 as a13
p realloc a11 750
p malloc 44243 as a7
p malloc 120370 as a33
p malloc 64217 as a32
p free a8
p malloc 1100 as a29
p malloc 6174760 as a37
p malloc 88 as a15
p malloc 31575 as a8
p malloc 10947792 as a41
p malloc 27364792 as a3
p free a37
p malloc 79633 as a31
p free a8
p free a41
p malloc 78139 as a5
p malloc 453839 as a14
p malloc 641 as a28
p malloc 93134 as a22
p malloc 643990 as a44
p calloc 3 19034 as a9
p malloc 45712 as a30
p malloc 679 as a4
p malloc 120838 as a23
p free a4
p realloc a18 0
p free a5
p free a6
p free a34
p malloc 33206817 as a34
p malloc 283 as a46
p malloc 134726 as a42
p free a26
p free a10
p free a7
p free a24
p free a23
p write a9
p calloc 16 65 as a6
p malloc 118269 as a0
p calloc 7 2516 as a2
p realloc a28 740
p free a9
p free a33
p write a3
p free a32
p free a44
p malloc 30458498 as a26
p free a14
p calloc 8 24 as a14
p malloc 2409 as a32
p malloc 38239991 as a8
p malloc 32154217 as a41
p free a6
p free a35
p malloc 963 as a21
p malloc 42097 as a7
p malloc 65302 as a35
p malloc 124394 as a17
p free a35
p write a17
p realloc a47 1478820
p free a22
p malloc 8633830 as a16
p free a26
p calloc 15 5357 as a40
p write a32
p free a8
p free a14
p calloc 10 4679 as a6
p malloc 71062 as a39
p malloc 35 as a24
p malloc 5492 as a18
p realloc a40 7481
p free a34
p write a15
p free a21
p calloc 4 2546462 as a35
p free a39
p malloc 992 as a1
p malloc 87278 as a9
p malloc 12135912 as a23
p calloc 14 2 as a45
p free a42
p write a13
p malloc 135205 as a26
p malloc 10648059 as a43
p free a46
p malloc 120 as a37
p free a6
p malloc 60 as a36
p free a23
p free a13
p malloc 54448 as a5
p malloc 18826651 as a13
p free a40
p free a9
p write a26
p malloc 542366 as a46
p malloc 82660 as a4
p malloc 217184 as a23
p malloc 64744 as a38
p malloc 49273 as a42
p write a1
p free a35
p realloc a46 46921
p realloc a24 76
p free a11
p malloc 253025 as a27
p malloc 50245 as a14
p malloc 419993 as a9
p free a13
p realloc a2 1087
p free a9
p realloc a27 125358
p write a3
p free a0
p free a14
p free a4
p write a45
p free a16
p free a41
p free a30
p free a17
p calloc 11 8625 as a8
p write a7
p free a23
p malloc 25721963 as a40
p malloc 94413 as a41
p write a27
p malloc 33107 as a39
p free a28
p free a40
p malloc 861874 as a23
p free a42
p free a27
p free a5
p malloc 82315 as a35
p malloc 692 as a14
p malloc 58 as a30
p write a26
p free a35
p free a30
p malloc 7094827 as a25
p free a3
p malloc 87714 as a21
p free a7
p malloc 88368 as a19
p malloc 12701850 as a33
p write a2
p malloc 1464309 as a28
p free a46
p calloc 11 8 as a7
p write a41
p calloc 9 70 as a16
p malloc 1227751 as a12
