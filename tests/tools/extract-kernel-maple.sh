#!/bin/sh
# extract-kernel-maple.sh TARBALL DESTDIR: the files of Linux's source that
# the maple tree oracle (mt-oracle.c) is built from, and only those:
# lib/maple_tree.c, its headers and the user-space harness
# tools/testing/shared.  Run by tests/tools/meson.build at configure time
# (decompressing the tarball takes ~15 s); nothing of it is committed.
set -eu
tarball=$1
dest=$2
top=linux-source-6.12
# Done already for this tarball: nothing to do (meson reconfigures often).
if [ -f "$dest/.stamp" ] && [ "$dest/.stamp" -nt "$tarball" ]; then
  exit 0
fi
rm -rf "$dest.tmp"
mkdir -p "$dest.tmp"
tar -xJf "$tarball" -C "$dest.tmp" --strip-components=1 \
  "$top"/include/linux/gfp_types.h \
  "$top"/include/linux/kconfig.h \
  "$top"/include/linux/maple_tree.h \
  "$top"/include/linux/radix-tree.h \
  "$top"/include/linux/xarray.h \
  "$top"/lib/maple_tree.c \
  "$top"/tools/arch/x86/include/asm/barrier.h \
  "$top"/tools/include/asm-generic/bitops.h \
  "$top"/tools/include/asm-generic/bitops/__ffs.h \
  "$top"/tools/include/asm-generic/bitops/__ffz.h \
  "$top"/tools/include/asm-generic/bitops/__fls.h \
  "$top"/tools/include/asm-generic/bitops/arch_hweight.h \
  "$top"/tools/include/asm-generic/bitops/atomic.h \
  "$top"/tools/include/asm-generic/bitops/const_hweight.h \
  "$top"/tools/include/asm-generic/bitops/fls.h \
  "$top"/tools/include/asm-generic/bitops/fls64.h \
  "$top"/tools/include/asm-generic/bitops/hweight.h \
  "$top"/tools/include/asm-generic/bitops/non-atomic.h \
  "$top"/tools/include/asm-generic/bitsperlong.h \
  "$top"/tools/include/asm/barrier.h \
  "$top"/tools/include/asm/bug.h \
  "$top"/tools/include/linux/align.h \
  "$top"/tools/include/linux/bitmap.h \
  "$top"/tools/include/linux/bitops.h \
  "$top"/tools/include/linux/bits.h \
  "$top"/tools/include/linux/build_bug.h \
  "$top"/tools/include/linux/compiler-gcc.h \
  "$top"/tools/include/linux/compiler.h \
  "$top"/tools/include/linux/compiler_types.h \
  "$top"/tools/include/linux/const.h \
  "$top"/tools/include/linux/err.h \
  "$top"/tools/include/linux/export.h \
  "$top"/tools/include/linux/find.h \
  "$top"/tools/include/linux/gfp.h \
  "$top"/tools/include/linux/gfp_types.h \
  "$top"/tools/include/linux/init.h \
  "$top"/tools/include/linux/kconfig.h \
  "$top"/tools/include/linux/kernel.h \
  "$top"/tools/include/linux/list.h \
  "$top"/tools/include/linux/log2.h \
  "$top"/tools/include/linux/math.h \
  "$top"/tools/include/linux/panic.h \
  "$top"/tools/include/linux/poison.h \
  "$top"/tools/include/linux/sched/mm.h \
  "$top"/tools/include/linux/slab.h \
  "$top"/tools/include/linux/spinlock.h \
  "$top"/tools/include/linux/types.h \
  "$top"/tools/include/uapi/asm-generic/bitsperlong.h \
  "$top"/tools/include/uapi/linux/bits.h \
  "$top"/tools/include/uapi/linux/const.h \
  "$top"/tools/include/vdso/bits.h \
  "$top"/tools/include/vdso/const.h \
  "$top"/tools/testing/shared/linux.c \
  "$top"/tools/testing/shared/linux/bug.h \
  "$top"/tools/testing/shared/linux/kconfig.h \
  "$top"/tools/testing/shared/linux/kernel.h \
  "$top"/tools/testing/shared/linux/local_lock.h \
  "$top"/tools/testing/shared/linux/lockdep.h \
  "$top"/tools/testing/shared/linux/maple_tree.h \
  "$top"/tools/testing/shared/linux/percpu.h \
  "$top"/tools/testing/shared/linux/preempt.h \
  "$top"/tools/testing/shared/linux/radix-tree.h \
  "$top"/tools/testing/shared/linux/rcupdate.h \
  "$top"/tools/testing/shared/linux/xarray.h \
  "$top"/tools/testing/shared/maple-shared.h \
  "$top"/tools/testing/shared/shared.h \
  "$top"/tools/testing/shared/trace/events/maple_tree.h
# The headers the harness's Makefile (tools/testing/shared/shared.mk)
# generates, for x86-64.
mkdir -p "$dest.tmp/generated"
echo "#define XA_CHUNK_SHIFT 3" > "$dest.tmp/generated/map-shift.h"
echo "#define CONFIG_64BIT 1" > "$dest.tmp/generated/bit-length.h"
echo '#include "bit-length.h"' > "$dest.tmp/generated/autoconf.h"
touch "$dest.tmp/.stamp"
rm -rf "$dest"
mv "$dest.tmp" "$dest"
