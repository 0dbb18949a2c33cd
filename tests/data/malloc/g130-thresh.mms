machine arch=x86_64 ram=256M
spawn p
p malloc 1336822 as a40
p malloc 1286240 as a42
p malloc 1050998 as a5
p malloc 1147503 as a24
p malloc 860367 as a47
p free a24
p free a42
p free a40
p malloc 1145054 as a12
p malloc 751570 as a41
p malloc 1334956 as a9
p malloc 1203683 as a36
p malloc 504503 as a23
p malloc 1069051 as a40
p malloc 1152157 as a46
p malloc 1060368 as a27
p malloc 320690 as a34
p malloc 1008666 as a26
p malloc 211155 as a37
p malloc 541860 as a25
p write a34
p malloc 844388 as a18
p malloc 561461 as a28
p realloc a9 102937
p malloc 1218545 as a3
p free a26
p calloc 16 64006 as a22
p malloc 1256696 as a2
p write a47
p malloc 155197 as a11
p malloc 283775 as a20
p malloc 882391 as a1
p calloc 9 42271 as a30
p free a28
p write a23
p free a1
p malloc 1428263 as a19
p malloc 161384 as a42
p malloc 310655 as a0
p write a47
p free a40
p malloc 1464486 as a7
p malloc 728614 as a31
p write a34
p free a18
p calloc 1 652368 as a40
p free a42
p realloc a9 796183
p malloc 1058893 as a4
p realloc a34 304207
p malloc 893085 as a33
p free a47
p malloc 1482912 as a45
p free a34
p write a5
p free a12
p free a27
p malloc 179056 as a10
p calloc 9 49216 as a38
p malloc 687250 as a6
p malloc 502119 as a8
p realloc a7 1434350
p malloc 1283086 as a47
p realloc a31 1047632
p malloc 725688 as a29
p free a41
p free a9
p malloc 611356 as a16
p write a33
p malloc 1391865 as a13
p calloc 11 24565 as a24
p free a30
p free a22
p write a38
p malloc 1309837 as a27
p realloc a16 1207483
p write a11
p calloc 10 117794 as a15
p write a46
p free a47
p malloc 1076217 as a18
p malloc 1349802 as a34
p malloc 1479196 as a39
p realloc a2 188838
p malloc 630050 as a47
p free a19
p malloc 1365159 as a35
p write a18
p realloc a8 410178
p free a35
p malloc 1105952 as a9
p write a11
p free a13
p calloc 10 10361 as a41
p write a18
p free a4
p malloc 224530 as a43
p malloc 1461806 as a32
p free a23
p malloc 1381026 as a28
p malloc 1212700 as a42
p write a42
p write a46
p free a47
p write a39
p free a5
p malloc 616538 as a4
p free a9
p free a2
p free a28
p malloc 683024 as a1
p malloc 411841 as a19
p write a20
p malloc 759041 as a9
p free a37
p free a29
p free a41
p malloc 614085 as a44
p malloc 653646 as a21
p free a32
p calloc 15 59630 as a22
p free a42
p realloc a34 816047
p malloc 788235 as a5
p malloc 928314 as a12
p free a11
p realloc a8 221096
p malloc 950526 as a23
p realloc a5 1068758
p malloc 182370 as a37
p free a15
p malloc 792104 as a47
p free a44
p realloc a43 931430
p free a16
p malloc 773958 as a17
p write a4
p free a39
p malloc 272282 as a32
p malloc 855728 as a39
p calloc 12 53107 as a29
p free a32
p free a8
p realloc a46 1372804
p free a46
p free a29
p free a17
p free a25
p malloc 320098 as a28
p malloc 343902 as a35
p malloc 1408950 as a29
p free a6
p free a9
p free a39
p free a19
p malloc 1434124 as a8
p free a10
p write a37
p malloc 587173 as a2
p free a1
p malloc 1360827 as a11
p malloc 198787 as a42
p free a33
p malloc 527912 as a46
p malloc 513692 as a14
p free a5
p free a45
p free a40
p free a27
p calloc 1 563680 as a15
p free a24
p write a29
p malloc 376442 as a17
p realloc a11 383462
p free a47
p malloc 677331 as a45
p write a14
p malloc 1447477 as a26
p malloc 194147 as a30
p malloc 902782 as a10
p malloc 1335527 as a32
p malloc 378591 as a16
p malloc 123131 as a9
p free a14
p write a34
p free a43
p free a4
p free a23
p free a38
p malloc 422184 as a27
p malloc 567829 as a23
p write a22
p free a21
p realloc a3 512603
p malloc 375871 as a43
p malloc 115770 as a24
p malloc 1194523 as a47
p malloc 1218624 as a21
p malloc 1105236 as a33
p calloc 7 49540 as a25
p malloc 1049531 as a4
p write a47
p realloc a31 116728
p free a22
p realloc a9 612392
p free a37
p free a9
p malloc 982434 as a22
p free a16
p free a28
p malloc 686113 as a39
p free a8
p free a27
p write a32
p malloc 262745 as a1
p malloc 101790 as a38
p free a43
p malloc 1347788 as a28
p free a0
p free a22
p malloc 271072 as a9
p malloc 158529 as a13
p free a4
p write a42
p calloc 12 104208 as a8
p malloc 776527 as a22
p free a1
p malloc 284373 as a27
p write a18
p free a34
p write a20
p free a31
p write a20
p realloc a21 994036
p malloc 1172099 as a43
p write a12
p free a25
p free a20
p free a47
p malloc 1087763 as a4
p free a35
p free a38
p free a17
p free a45
p malloc 1257094 as a35
p free a23
p malloc 616516 as a19
p malloc 1387866 as a23
p malloc 591882 as a45
p malloc 1338305 as a25
p malloc 570207 as a41
p free a9
p malloc 258002 as a40
p malloc 962032 as a5
p malloc 666527 as a17
p realloc a43 1415792
p calloc 13 21315 as a20
p realloc a18 1140763
p calloc 13 104576 as a47
p write a32
p free a29
p calloc 6 236807 as a31
p free a30
p realloc a20 1308559
p write a31
p realloc a17 970245
p write a12
p realloc a12 1024815
p malloc 1490271 as a0
p write a27
p free a20
p malloc 1161085 as a29
p malloc 618881 as a6
p malloc 771460 as a16
p free a46
p free a28
p free a33
p free a6
p malloc 1180395 as a6
p free a31
p write a13
p malloc 427557 as a9
p free a21
