/* mms-builtin-titles.c: the titles of the built-in scenarios
 * (data/scenarios/*.mms), for xgettext only: this file is listed in
 * po/POTFILES.in and not compiled.  The window shows _(scenario->title),
 * so a title found here appears in the user's language.  Keep it in step
 * with the .mms files: tests/test-i18n.c fails when a built-in title has
 * no translation. */
#if 0
static const char *builtin_titles[] = {
  N_("Buddy allocator: fragmentation"),
  N_("Buddy allocator: split and merge"),
  N_("Demand paging and the zero page"),
  N_("exec replacing an image"),
  N_("Fork and copy-on-write"),
  N_("A JVM starts: java -version and its reservations"),
  N_("Heap growth with brk against a large anonymous mmap"),
  N_("malloc: coalescing and fragmentation"),
  N_("An explicit allocator: malloc's blocks and what the kernel sees"),
  N_("malloc's first call: the tcache and 132 KiB of heap"),
  N_("malloc: the mmap threshold and its dynamic rise"),
  N_("malloc: realloc in place and by moving"),
  N_("malloc: the tcache and the fastbins"),
  N_("malloc: trimming the heap"),
  N_("The i386 legacy (bottom-up) layout"),
  N_("The i386 3G/1G layout next to x86_64"),
  N_("mprotect splitting and re-merging"),
  N_("munmap splits a VMA"),
  N_("SIGSEGV on a NULL read and on a write to text"),
  N_("A shared file mapping between two processes"),
  N_("Slab caches grow and shrink"),
  N_("Stack growth and a stack overflow"),
  N_("Swapping under memory pressure and the OOM killer"),
  N_("Threads sharing an mm"),
  N_("A real start-up: /bin/true"),
  N_("Zones and fallback (x86_64: DMA, DMA32, Normal)"),
  N_("Zones and fallback (i386: DMA, Normal, HighMem)"),
  N_("The maple tree: a node splits"),
  N_("From the red-black tree to the maple tree"),
  N_("get_unmapped_area walks the gaps"),
};
#endif
