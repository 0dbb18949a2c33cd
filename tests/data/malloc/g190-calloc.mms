machine arch=x86_64 ram=256M
spawn p
p calloc 12 10019 as a46
p malloc 107 as a5
p calloc 11 2478657 as a37
p malloc 669803 as a40
p calloc 13 87539 as a23
p malloc 16676009 as a21
p calloc 15 1 as a19
p malloc 670 as a44
p calloc 1 10779528 as a22
p free a37
p calloc 4 283675 as a27
p calloc 2 19810467 as a28
p free a46
p realloc a19 40
p malloc 45 as a33
p calloc 3 550628 as a30
p free a44
p calloc 7 108224 as a18
p calloc 5 13942 as a35
p malloc 928 as a29
p realloc a29 1093
p free a30
p malloc 955 as a30
p calloc 2 18 as a43
p malloc 200621 as a7
p free a7
p malloc 1114011 as a16
p free a35
p calloc 10 105032 as a11
p malloc 88 as a7
p free a43
p calloc 7 104 as a3
p malloc 33 as a0
p malloc 69108 as a41
p free a30
p calloc 15 8 as a44
p write a21
p calloc 11 2110238 as a45
p calloc 10 1204 as a4
p calloc 5 21176 as a17
p malloc 50 as a24
p free a18
p calloc 9 6 as a32
p free a44
p free a45
p realloc a24 30222004
p calloc 5 23 as a25
p free a40
p free a19
p malloc 97706 as a36
p malloc 255 as a18
p free a28
p free a23
p calloc 7 98 as a37
p free a36
p malloc 7093662 as a8
p free a11
p write a5
p calloc 7 16 as a13
p free a13
p malloc 936 as a47
p calloc 3 83277 as a46
p calloc 14 78 as a26
p malloc 50 as a44
p free a37
p free a17
p free a24
p write a0
p calloc 2 67287 as a35
p free a41
p malloc 590 as a39
p free a33
p write a22
p calloc 14 7 as a12
p malloc 114657 as a20
p malloc 57 as a31
p free a35
p malloc 30042194 as a11
p calloc 14 1825330 as a41
p free a46
p calloc 7 33 as a24
p realloc a11 134447
p malloc 603 as a13
p free a18
p calloc 9 250616 as a37
p malloc 29003 as a38
p calloc 10 51236 as a1
p write a7
p calloc 1 59712 as a18
p calloc 10 104 as a35
p malloc 165703 as a2
p free a8
p calloc 10 13763 as a46
p write a38
p free a1
p free a32
p calloc 5 33 as a34
p realloc a7 0
p malloc 1195379 as a1
p calloc 13 722645 as a32
p free a41
p calloc 13 2198 as a40
p free a35
p malloc 145 as a8
p calloc 11 8172 as a36
p calloc 9 77636 as a35
p malloc 373 as a10
p free a0
p write a20
p realloc a26 72
p write a27
p free a36
p free a35
p free a11
p free a34
p free a10
p calloc 3 6754617 as a30
p write a47
p write a39
p calloc 6 54634 as a36
p free a29
p malloc 35787946 as a7
p free a30
p free a47
p free a31
p calloc 9 112869 as a17
p write a17
p calloc 10 119721 as a35
p malloc 89650 as a47
p free a25
p calloc 9 41 as a34
p malloc 114 as a6
p calloc 4 22518 as a33
p malloc 20187286 as a29
p free a40
p free a7
p calloc 15 4 as a31
p realloc a31 119986
p calloc 2 16533853 as a43
p realloc a31 112
p free a3
p free a13
p free a36
p free a47
p free a26
p free a6
p calloc 5 74598 as a11
p write a2
p free a35
p free a11
p free a22
p calloc 4 23474 as a15
p free a21
p calloc 15 17 as a40
p malloc 106125 as a28
p calloc 16 2519 as a42
