/* fuzz-engine-ops.c: random engine operation sequences decoded from the
 * fuzz input, with every invariant checker after every event.
 *
 * The first three bytes choose the machine (arch, 1 to 16 MiB of RAM, 0 to
 * 1 MiB of swap); then each operation is an opcode byte and its operands.
 * Operands are mostly near the task's own VMAs (so the interesting cases
 * come up: splits, merges, COW, swap, OOM), sometimes raw 64-bit values (so
 * do the overflows and the refusals).  Missing bytes read as zero. */
#include "fuzz-common.h"
#include "mms-process.h"
#include "mms-malloc.h"

#define MAX_OPS      400
#define MAX_TASKS    12
#define MAX_KOBJS    64

typedef struct
{
  const uint8_t *data;
  size_t size;
  size_t pos;
} Reader;

static guint8
r8 (Reader *r)
{
  return r->pos < r->size ? r->data[r->pos++] : 0;
}

static guint64
r64 (Reader *r)
{
  guint64 v = 0;

  for (guint i = 0; i < 8; i++)
    v = (v << 8) | r8 (r);
  return v;
}

static gboolean
done (const Reader *r)
{
  return r->pos >= r->size;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

static struct task_struct *
pick_task (MmsMachine *m,
           Reader     *r)
{
  struct task_struct *live[64];
  guint n = 0;

  for (guint i = 0; i < m->tasks->len && n < G_N_ELEMENTS (live); i++)
    {
      struct task_struct *t = m->tasks->pdata[i];

      if (t->state == MMS_TASK_RUNNING && t->mm != NULL)
        live[n++] = t;
    }
  if (n == 0)
    return NULL;
  return live[r8 (r) % n];
}

static guint
n_running (MmsMachine *m)
{
  guint n = 0;

  for (guint i = 0; i < m->tasks->len; i++)
    if (((struct task_struct *) m->tasks->pdata[i])->state == MMS_TASK_RUNNING)
      n++;
  return n;
}

/* An address: at, inside or past one of the task's VMAs, below mmap_base,
 * or any 64-bit value. */
static guint64
pick_addr (struct task_struct *task,
           Reader             *r)
{
  struct mm_struct *mm = task->mm;
  struct vm_area_struct *vma = mm->mmap;
  guint8 how = r8 (r);
  guint n = r8 (r);
  gint8 pages = (gint8) r8 (r);

  if ((how & 7) == 7)
    return r64 (r);
  if ((how & 7) == 6 || vma == NULL)
    return mm->mmap_base - ((guint64) (guint8) pages << MMS_PAGE_SHIFT);
  for (guint i = 0; i < n % (guint) MAX (mm->map_count, 1) && vma->vm_next != NULL; i++)
    vma = vma->vm_next;
  if ((how & 7) < 3)
    return vma->vm_start + (guint64) (gint64) pages * MMS_PAGE_SIZE + ((how & 8) ? 1 : 0);
  return vma->vm_end + (guint64) (gint64) pages * MMS_PAGE_SIZE;
}

/* A length: a few pages, up to 255 pages, or any 64-bit value. */
static guint64
pick_len (Reader *r)
{
  guint8 how = r8 (r);

  if (how >= 250)
    return r64 (r);
  if (how >= 200)
    return (guint64) r8 (r) << MMS_PAGE_SHIFT;
  return ((guint64) (how % 9) << MMS_PAGE_SHIFT) + (how >= 190 ? 1 : 0);
}

typedef struct
{
  guint64 pfn[MAX_KOBJS];
  guint order[MAX_KOBJS];
  guint n_pages;
  guint64 kmalloc[MAX_KOBJS];
  guint n_kmalloc;
  guint64 obj[MAX_KOBJS];
  struct kmem_cache *obj_cache[MAX_KOBJS];
  guint n_obj;
} Kernel;

/* Whether ADDR is a live slab object (ours or the engine's), in a kernel
 * page, or one of our kmalloc allocations. */
static gboolean
is_live (MmsMachine   *m,
         const Kernel *k,
         guint64       addr)
{
  guint index;
  struct slab *slab = mms_slab_of_addr (m, addr, &index);
  guint64 pfn = mms_virt_to_pfn (m, addr);

  if (slab != NULL && slab->used[index])
    return TRUE;
  /* Kernel pages (alloc_pages and kmalloc_large blocks) are not ours to
   * free by address. */
  if (pfn < m->nr_frames && m->mem_map[pfn].owner == MMS_OWNER_KERNEL)
    return TRUE;
  for (guint i = 0; i < k->n_kmalloc; i++)
    if (k->kmalloc[i] == addr)
      return TRUE;
  return FALSE;
}

static void
run_ops (MmsMachine      *m,
         struct mms_file *file,
         Reader          *r,
         FuzzWatch       *watch)
{
  static const MmsGfp gfps[] = {
    MMS_GFP_KERNEL, MMS_GFP_USER, MMS_GFP_DMA, MMS_GFP_DMA32, MMS_GFP_NORMAL, MMS_GFP_HIGHMEM,
  };
  Kernel k = { 0 };
  guint names = 0;
  /* Pointers malloc returned (freed or not: a second free, a realloc of a
   * freed block are glibc's to catch), and a few raw values. */
  guint64 ptrs[32] = { 0 };

  for (guint op_index = 0; op_index < MAX_OPS && !done (r); op_index++)
    {
      guint8 op = r8 (r) % 25;
      struct task_struct *task = pick_task (m, r);
      char name[16];

      if (task == NULL && op < 10)
        op = 0;

      switch (op)
        {
        case 0:
          {
            MmsImage image = { .path = "/bin/fuzz" };

            image.text = (guint64) (r8 (r) % 16 + 1) << MMS_PAGE_SHIFT;
            image.rodata = (guint64) (r8 (r) % 4) << MMS_PAGE_SHIFT;
            image.data = (guint64) (r8 (r) % 8) << MMS_PAGE_SHIFT;
            image.bss = (guint64) (r8 (r) % 8) << MMS_PAGE_SHIFT;
            if (n_running (m) < MAX_TASKS)
              {
                g_snprintf (name, sizeof name, "p%u", names++);
                mms_spawn (m, name, &image, NULL);
              }
          }
          break;

        case 1:
        case 2:
          if (n_running (m) < MAX_TASKS)
            {
              g_snprintf (name, sizeof name, "c%u", names++);
              if (op == 1)
                mms_fork (task, name, NULL);
              else
                mms_thread (task, name, NULL);
            }
          break;

        case 3:
          mms_exit (task);
          break;

        case 4:
          {
            guint8 f = r8 (r);
            guint flags = (f & 1) ? MMS_MAP_SHARED : MMS_MAP_PRIVATE;
            guint prot = r8 (r) & 7;
            guint64 addr = 0;
            guint64 len = pick_len (r);
            struct mms_file *mf = (f & 2) ? file : NULL;
            guint64 offset = 0;

            if (mf == NULL)
              flags |= MMS_MAP_ANONYMOUS;
            else
              offset = (f & 0x40) ? r64 (r) : (guint64) (r8 (r) % 64) << MMS_PAGE_SHIFT;
            if (f & 4)
              addr = pick_addr (task, r);
            if (f & 8)
              flags |= MMS_MAP_FIXED;
            else if (f & 16)
              flags |= MMS_MAP_FIXED_NOREPLACE;
            if (f & 32)
              flags |= MMS_MAP_GROWSDOWN;
            if (f & 0x80)
              flags |= MMS_MAP_SHARED | MMS_MAP_PRIVATE;
            mms_sys_mmap (task, addr, len, prot, flags, mf, offset);
          }
          break;

        case 5:
          {
            guint64 addr = pick_addr (task, r);
            mms_sys_munmap (task, addr, pick_len (r));
          }
          break;

        case 6:
          {
            guint64 addr = pick_addr (task, r);
            guint64 len = pick_len (r);
            mms_sys_mprotect (task, addr, len, r8 (r) & 7);
          }
          break;

        case 7:
          {
            guint64 addr = pick_addr (task, r);
            guint64 old_len = pick_len (r);
            guint64 new_len = pick_len (r);
            mms_sys_mremap (task, addr, old_len, new_len, r8 (r) & 1 ? MMS_MREMAP_MAYMOVE : 0);
          }
          break;

        case 8:
          {
            guint8 how = r8 (r);
            gint8 pages = (gint8) r8 (r);

            if (how == 255)
              mms_sys_brk (task, r64 (r));
            else
              mms_sys_brk (task, task->mm->brk + (guint64) (gint64) pages * MMS_PAGE_SIZE);
          }
          break;

        case 9:
          {
            guint64 addr = pick_addr (task, r);
            guint8 a = r8 (r);
            guint64 len = ((guint64) r8 (r) << MMS_PAGE_SHIFT) + (a >> 2);
            mms_touch (task, addr, len, (MmsAccess) (a % 3));
          }
          break;

        case 10:
          {
            MmsGfp gfp = gfps[r8 (r) % G_N_ELEMENTS (gfps)];
            guint order = r8 (r) % MMS_MAX_ORDER;
            guint64 pfn;

            if (k.n_pages < MAX_KOBJS && mms_gfp_valid (m, gfp)
                && mms_alloc_pages (m, gfp, order, MMS_OWNER_KERNEL, &pfn))
              {
                k.pfn[k.n_pages] = pfn;
                k.order[k.n_pages++] = order;
              }
          }
          break;

        case 11:
          if (k.n_pages > 0)
            {
              guint i = r8 (r) % k.n_pages;
              mms_free_pages (m, k.pfn[i], k.order[i]);
              k.pfn[i] = k.pfn[--k.n_pages];
              k.order[i] = k.order[k.n_pages];
            }
          break;

        case 12:
          {
            guint64 size = r8 (r) < 240 ? (guint64) r8 (r) * 64 + r8 (r) : r64 (r);
            guint64 addr;

            if (k.n_kmalloc < MAX_KOBJS && size > 0 && mms_kmalloc (m, size, &addr))
              k.kmalloc[k.n_kmalloc++] = addr;
          }
          break;

        case 13:
          if (k.n_kmalloc > 0 && r8 (r) < 250)
            {
              guint i = r8 (r) % k.n_kmalloc;
              if (!mms_kfree (m, k.kmalloc[i]))
                abort ();
              k.kmalloc[i] = k.kmalloc[--k.n_kmalloc];
            }
          else
            {
              /* An address that names nothing live must be refused. */
              guint64 addr = r64 (r);

              if (!is_live (m, &k, addr) && mms_kfree (m, addr))
                {
                  g_printerr ("kfree accepted 0x%" G_GINT64_MODIFIER "x\n", addr);
                  abort ();
                }
            }
          break;

        case 14:
          {
            struct kmem_cache *cache = m->caches->pdata[r8 (r) % m->caches->len];
            guint64 addr;

            if (k.n_obj < MAX_KOBJS && mms_kmem_cache_alloc (m, cache, &addr))
              {
                k.obj[k.n_obj] = addr;
                k.obj_cache[k.n_obj++] = cache;
              }
          }
          break;

        case 15:
          if (k.n_obj > 0 && r8 (r) < 250)
            {
              guint i = r8 (r) % k.n_obj;
              if (!mms_kmem_cache_free (m, k.obj_cache[i], k.obj[i]))
                abort ();
              k.obj[i] = k.obj[--k.n_obj];
              k.obj_cache[i] = k.obj_cache[k.n_obj];
            }
          else
            {
              struct kmem_cache *cache = m->caches->pdata[r8 (r) % m->caches->len];
              guint64 addr = r64 (r);

              if (!is_live (m, &k, addr) && mms_kmem_cache_free (m, cache, addr))
                {
                  g_printerr ("kmem_cache_free accepted 0x%" G_GINT64_MODIFIER "x\n", addr);
                  abort ();
                }
            }
          break;

        case 16:
          mms_sys_shmget (m, r8 (r) % 4, pick_len (r));
          break;

        case 17:
          if (task != NULL)
            mms_sys_shmat (task, r8 (r) % 4);
          break;

        case 18:
          if (task != NULL)
            mms_sys_shmdt (task, pick_addr (task, r));
          break;

        case 19:
          if (task != NULL)
            {
              MmsImage image = { .path = "/bin/exec" };

              image.text = (guint64) (r8 (r) % 16 + 1) << MMS_PAGE_SHIFT;
              image.data = (guint64) (r8 (r) % 8) << MMS_PAGE_SHIFT;
              image.bss = (guint64) (r8 (r) % 8) << MMS_PAGE_SHIFT;
              mms_exec (task, &image);
            }
          break;

        case 21:
        case 22:
          /* malloc and calloc: sizes from a few bytes to beyond RAM. */
          if (task != NULL)
            {
              guint8 how = r8 (r);
              guint64 size = how < 160 ? r8 (r) * 8u + r8 (r) % 8
                             : how < 230 ? (guint64) r8 (r) << (10 + r8 (r) % 12)
                             : r64 (r);
              guint slot = r8 (r) % G_N_ELEMENTS (ptrs);

              ptrs[slot] = op == 21 ? mms_malloc (task, size, NULL)
                                    : mms_calloc (task, r8 (r) % 9, size, NULL);
            }
          break;

        case 23:
          if (task != NULL)
            {
              guint slot = r8 (r) % G_N_ELEMENTS (ptrs);
              guint8 how = r8 (r);
              guint64 size = how < 200 ? r8 (r) * 16u + r8 (r) : (guint64) r8 (r) << (12 + r8 (r) % 10);

              ptrs[slot] = mms_realloc (task, how == 255 ? r64 (r) : ptrs[slot], size, NULL);
            }
          break;

        case 24:
          if (task != NULL)
            {
              guint slot = r8 (r) % G_N_ELEMENTS (ptrs);
              guint8 how = r8 (r);

              if (how == 255)
                mms_free (task, r64 (r));
              else if (how == 254)
                /* A use after free: the program writes over a free block. */
                mms_malloc_note_write (task->mm, ptrs[slot], r8 (r));
              else
                mms_free (task, ptrs[slot]);
              if (how < 128)
                ptrs[slot] = 0;
            }
          break;

        default:
          /* Reports read everything: they must not trip on any state. */
          if (task != NULL)
            {
              g_autoptr(GString) out = g_string_new (NULL);

              mms_report_smaps (task->mm, out);
              mms_report_pagewalk (task->mm, pick_addr (task, r), out);
              mms_report_heap (task->mm, out);
              mms_report_bins (task->mm, out);
              mms_report_allocations (task->mm, out);
            }
          break;
        }

      {
        g_autoptr(GError) error = NULL;

        if (!mms_machine_check (m, &error))
          {
            g_printerr ("invariant broken after operation %u (%u): %s\n", op_index, op,
                        error->message);
            abort ();
          }
      }
    }

  /* Give the kernel's memory back: afterwards only the processes hold any. */
  for (guint i = 0; i < k.n_pages; i++)
    mms_free_pages (m, k.pfn[i], k.order[i]);
  for (guint i = 0; i < k.n_kmalloc; i++)
    if (!mms_kfree (m, k.kmalloc[i]))
      abort ();
  for (guint i = 0; i < k.n_obj; i++)
    if (!mms_kmem_cache_free (m, k.obj_cache[i], k.obj[i]))
      abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const MmsArch arches[] = {
    MMS_ARCH_PRESET_X86_64, MMS_ARCH_PRESET_I386, MMS_ARCH_PRESET_I386_LEGACY,
  };
  Reader r = { data, size, 0 };
  MmsMachineConfig config = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsMachine) m = NULL;
  FuzzWatch watch = { 0, FUZZ_CHECK_BUDGET };
  struct mms_file *file;

  config.arch = arches[r8 (&r) % G_N_ELEMENTS (arches)];
  config.ram = (guint64) (r8 (&r) % 16 + 1) << 20;
  config.swap = (guint64) (r8 (&r) % 5) << 18;
  m = mms_machine_new (&config, &error);
  if (m == NULL)
    {
      g_printerr ("machine refused: %s\n", error->message);
      abort ();
    }
  mms_machine_set_event_func (m, fuzz_check_after_event_cb, &watch);
  mms_machine_boot (m);
  file = mms_file_create (m, "data.bin", 256 << 10);

  run_ops (m, file, &r, &watch);

  {
    g_autoptr(GError) check_error = NULL;

    if (!mms_machine_check (m, &check_error))
      {
        g_printerr ("invariant broken at the end: %s\n", check_error->message);
        abort ();
      }
  }
  return 0;
}
