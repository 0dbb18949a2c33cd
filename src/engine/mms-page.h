/* mms-page.h: struct page, one per physical frame (include/linux/mm_types.h).
 *
 * The engine keeps 1,048,576 of these for a 4 GiB machine, so the structure
 * is packed to 48 bytes.  It is allocated zeroed, and a zeroed page is a
 * valid "not yet handed out" frame, so boot touches only the head page of
 * each free block.
 */
#pragma once

#include "mms-types.h"

G_BEGIN_DECLS

/* Page flags (enum pageflags). */
enum
{
  PG_locked     = 1 << 0,
  PG_referenced = 1 << 1,
  PG_uptodate   = 1 << 2,
  PG_dirty      = 1 << 3,
  PG_lru        = 1 << 4,
  PG_active     = 1 << 5,
  PG_slab       = 1 << 6,
  PG_reserved   = 1 << 7,
  PG_swapcache  = 1 << 8,
  PG_buddy      = 1 << 9,   /* the head of a free buddy block (PageBuddy) */
  PG_head       = 1 << 10,  /* the head of an allocated block of order > 0 */
};

struct page
{
  guint32 flags;
  gint32 _refcount;
  /* page_mapcount(): how many PTEs map the frame.  The kernel stores this
   * minus one in _mapcount; the engine stores the count itself, so that a
   * zeroed struct page is an unmapped one.  Views print _mapcount as
   * mapcount - 1. */
  gint32 mapcount;
  guint8 order;             /* buddy order while PG_buddy; block order of a head */
  guint8 owner;             /* MmsPageOwner */
  guint16 slab_cache;       /* kmem_cache index + 1 of a slab frame, else 0 */
  guint32 lru_next;         /* list links by pfn (free_area or LRU lists) */
  guint32 lru_prev;
  gpointer mapping;         /* anon_vma or file (struct address_space) */
  guint64 index;            /* the page's offset in its mapping, in pages */
  gpointer private;         /* a slab's descriptor, or a swap entry */
};

G_STATIC_ASSERT (sizeof (struct page) <= 64);

G_END_DECLS
