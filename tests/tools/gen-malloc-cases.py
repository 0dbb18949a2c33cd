#!/usr/bin/env python3
# gen-malloc-cases.py SEED MODE: a random sequence of malloc/calloc/realloc/free/write
# operations in the .ops form of tests/data/malloc/glibc-malloc-ref.c (MODE: mix, tcache,
# fast, trim, thresh, realloc, calloc).  Record what the real glibc does with
#   gcc -O2 -o ref tests/data/malloc/glibc-malloc-ref.c
#   python3 gen-malloc-cases.py 7 trim > t.ops && setarch -R ./ref t.ops > t.expected
import random, sys
def size(r, kind):
    k = kind or r.choice(['tiny','small','medium','large','huge'])
    if k=='tiny': return r.randint(0,128)
    if k=='small': return r.randint(1,1100)
    if k=='medium': return r.randint(1000,140000)
    if k=='large': return r.randint(100000,1500000)
    return r.randint(1000000, 40000000)
def gen(seed, mode):
    r = random.Random(seed)
    names = ['a%d'%i for i in range(48)]
    live = {}
    ops = []
    n = r.randint(30, 300)
    kind = {'tcache':'tiny','fast':'tiny','trim':None,'thresh':'large','realloc':None,'calloc':None,'mix':None}[mode]
    for _ in range(n):
        nm = r.choice(names)
        op = r.random()
        if mode=='trim' and r.random()<0.3: kind2='medium'
        else: kind2=kind
        if live.get(nm):
            if mode=='realloc' and op<0.5: ops.append('r %s %d'%(nm,size(r,kind2))); 
            elif op<0.15: ops.append('r %s %d'%(nm, size(r,kind2) if r.random()>0.05 else 0)); live[nm] = not ops[-1].endswith(' 0')
            elif op<0.35: ops.append('w %s'%nm)
            else: ops.append('f %s'%nm); live[nm]=False
        else:
            if (mode=='calloc' and op<0.6) or op<0.12:
                s=size(r,kind2); k=r.randint(1,16); ops.append('c %s %d %d'%(nm,k,max(0,s//k)))
            else: ops.append('m %s %d'%(nm,size(r,kind2)))
            live[nm]=True
    return ops
seed=int(sys.argv[1]); mode=sys.argv[2]
print('\n'.join(gen(seed,mode)))
