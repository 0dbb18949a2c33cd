/* mms-procmem.c: /proc/PID/smaps (fs/proc/task_mmu.c) and a page-table
 * walk report, as spec/cli.md describes them.
 *
 * smaps: per VMA its maps line, then ten lines of the kernel's, in its
 * order and format ("%-16s%8lu kB", which is what SEQ_PUT_DEC() prints
 * after a name padded to 16 columns):
 *
 *   Size Rss Pss Shared_Clean Shared_Dirty Private_Clean Private_Dirty
 *   Referenced Anonymous Swap
 *
 * The numbers come from smaps_pte_entry() and smaps_account(): the zero
 * page is no normal page (vm_normal_page() returns NULL) and counts
 * nowhere; a frame mapped by two or more entries is shared, and adds
 * (PAGE_SIZE << PSS_SHIFT) / mapcount to the Pss accumulator, a private
 * one PAGE_SIZE << PSS_SHIFT, the sum shifted back down at the end, as the
 * kernel's fixed point does; a page is dirty when its entry or its frame
 * (PG_dirty) is, referenced when its entry is young or its frame has
 * PG_referenced; Anonymous counts anonymous frames (shmem is not); Swap
 * counts swap entries, a page each.
 *
 * pagewalk: one line per level from the top (PGD, PUD, PMD, PTE on x86_64;
 * PGD, PTE on i386), each naming the level, the index the address selects
 * and the entry found there:
 *
 *   PGD index 255: 0x000000000001a067 present rw user accessed -> table 0x1a
 *   PTE index 499: 0x8000000000123867 present rw user accessed dirty nx -> frame 0x123
 *
 * The value is 16 hex digits on x86_64 and 8 on i386; the flags are the
 * names of the bits set among present, rw, user, accessed, dirty and nx;
 * an upper level ends with "-> table PFN", the last with "-> frame PFN"
 * (and " (zero page)" for the shared zero page).  A walk that stops says
 * where and why, on the line of the level where it stopped:
 *
 *   PMD index 3: none (not present)
 *   PTE index 5: 0x0000000000003200 swap entry slot 3 (not present)
 *
 * and an address the page tables cannot translate gets one line:
 *
 *   0x800000000000: outside user space (TASK_SIZE 0x7ffffffff000)
 */
#include "mms-mm-private.h"
#include "mms-process.h"

#define PSS_SHIFT 12

typedef struct
{
  guint64 resident;
  guint64 pss;              /* bytes << PSS_SHIFT */
  guint64 shared_clean, shared_dirty, private_clean, private_dirty;
  guint64 referenced, anonymous, swap;
} MemSizeStats;

/* smaps_pte_range() over one VMA. */
static void
smaps_vma (struct vm_area_struct *vma,
           MemSizeStats          *mss)
{
  struct mm_struct *mm = vma->vm_mm;
  MmsMachine *machine = mm->machine;
  guint64 *ptep;
  guint64 addr;

  for (addr = vma->vm_start; (ptep = mms_pte_next (mm, &addr, vma->vm_end)) != NULL;
       addr += MMS_PAGE_SIZE)
    {
      guint64 pte = *ptep;
      guint64 pfn;
      struct page *page;
      gboolean dirty, young;
      guint64 pss;

      if (mms_pte_is_swap (pte))
        {
          mss->swap += MMS_PAGE_SIZE;
          continue;
        }
      pfn = mms_pte_pfn (pte);
      if (!mms_pte_present (pte) || pfn == machine->zero_pfn)
        continue;
      page = mms_pfn_to_page (machine, pfn);

      /* smaps_account() */
      if (page->owner == MMS_OWNER_ANON)
        mss->anonymous += MMS_PAGE_SIZE;
      mss->resident += MMS_PAGE_SIZE;
      young = (pte & MMS_PTE_ACCESSED) || (page->flags & PG_referenced);
      if (young)
        mss->referenced += MMS_PAGE_SIZE;
      dirty = (pte & MMS_PTE_DIRTY) || (page->flags & PG_dirty);

      /* smaps_page_accumulate() */
      pss = MMS_PAGE_SIZE << PSS_SHIFT;
      if (page->mapcount >= 2)
        pss /= (guint64) page->mapcount;
      mss->pss += pss;
      if (page->mapcount >= 2)
        {
          if (dirty)
            mss->shared_dirty += MMS_PAGE_SIZE;
          else
            mss->shared_clean += MMS_PAGE_SIZE;
        }
      else
        {
          if (dirty)
            mss->private_dirty += MMS_PAGE_SIZE;
          else
            mss->private_clean += MMS_PAGE_SIZE;
        }
    }
}

/* SEQ_PUT_DEC(): bytes shown in kB, right-aligned in 8 columns. */
static void
put_kb (GString    *out,
        const char *name,
        guint64     bytes)
{
  g_string_append_printf (out, "%-16s%8" G_GUINT64_FORMAT " kB\n", name, bytes >> 10);
}

void
mms_report_smaps (struct mm_struct *mm,
                  GString          *out)
{
  g_return_if_fail (mm != NULL && out != NULL);

  for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    {
      MemSizeStats mss = { 0 };

      smaps_vma (vma, &mss);
      mms_format_maps_line (vma, out);
      put_kb (out, "Size:", vma->vm_end - vma->vm_start);
      put_kb (out, "Rss:", mss.resident);
      put_kb (out, "Pss:", mss.pss >> PSS_SHIFT);
      put_kb (out, "Shared_Clean:", mss.shared_clean);
      put_kb (out, "Shared_Dirty:", mss.shared_dirty);
      put_kb (out, "Private_Clean:", mss.private_clean);
      put_kb (out, "Private_Dirty:", mss.private_dirty);
      put_kb (out, "Referenced:", mss.referenced);
      put_kb (out, "Anonymous:", mss.anonymous);
      put_kb (out, "Swap:", mss.swap);
    }
}

static void
append_entry (GString    *out,
              MmsMachine *machine,
              guint64     entry)
{
  static const struct { guint64 bit; const char *name; } bits[] = {
    { MMS_PTE_PRESENT, "present" }, { MMS_PTE_RW, "rw" }, { MMS_PTE_USER, "user" },
    { MMS_PTE_ACCESSED, "accessed" }, { MMS_PTE_DIRTY, "dirty" }, { MMS_PTE_NX, "nx" },
  };

  if (machine->arch == MMS_ARCH_PRESET_X86_64)
    g_string_append_printf (out, "0x%016" G_GINT64_MODIFIER "x", entry);
  else
    g_string_append_printf (out, "0x%08" G_GINT64_MODIFIER "x", entry);
  if (mms_pte_is_swap (entry))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (bits); i++)
    if (entry & bits[i].bit)
      g_string_append_printf (out, " %s", bits[i].name);
}

/* The walk of the MMU (and of follow_page()) for ADDR. */
void
mms_report_pagewalk (struct mm_struct *mm,
                     guint64           addr,
                     GString          *out)
{
  MmsMachine *machine;
  guint levels;
  guint64 table;

  g_return_if_fail (mm != NULL && out != NULL);

  machine = mm->machine;
  levels = mms_pgtable_levels (machine);
  if (addr >= mms_task_size (machine) || mm->pgd == 0)
    {
      g_string_append_printf (out, "0x%" G_GINT64_MODIFIER "x: outside user space (TASK_SIZE 0x%"
                              G_GINT64_MODIFIER "x)\n", addr, mms_task_size (machine));
      return;
    }
  table = mm->pgd;
  for (guint level = 0; level < levels; level++)
    {
      guint shift = machine->arch == MMS_ARCH_PRESET_X86_64 ? 39 - 9 * level : 22 - 10 * level;
      guint idx = (addr >> shift) & (mms_pgtable_entries (machine) - 1);
      guint64 entry = ((guint64 *) mms_pfn_to_page (machine, table)->private)[idx];

      g_string_append_printf (out, "%s index %u: ", mms_pgtable_level_name (machine, level), idx);
      if (mms_pte_none (entry))
        {
          g_string_append (out, "none (not present)\n");
          return;
        }
      append_entry (out, machine, entry);
      if (mms_pte_is_swap (entry))
        {
          g_string_append_printf (out, " swap entry slot %" G_GUINT64_FORMAT " (not present)\n",
                                  mms_pte_swap_slot (entry));
          return;
        }
      if (level + 1 < levels)
        {
          table = mms_pte_pfn (entry);
          g_string_append_printf (out, " -> table 0x%" G_GINT64_MODIFIER "x\n", table);
        }
      else
        g_string_append_printf (out, " -> frame 0x%" G_GINT64_MODIFIER "x%s\n",
                                mms_pte_pfn (entry),
                                mms_pte_pfn (entry) == machine->zero_pfn ? " (zero page)" : "");
    }
}
