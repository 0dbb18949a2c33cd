/* test-gui-zh.c: under zh_CN no untranslated English appears in the window
 * of any built-in scenario (run under Xvfb).
 *
 * Every visible label, button and tooltip of the widget tree, and every
 * label of the painted scene's elements, is cut into ASCII words; a word
 * that is not an identifier (a kernel function, a struct field, a unit, a
 * hex number, an abbreviation like PTE) is English left untranslated.
 * Scenario statements are code, shown verbatim: their text is removed
 * from a string before it is checked. */
#include "mms-config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "mms-application.h"
#include "mms-test-gui.h"
#include "mms-builtin.h"
#include "mms-i18n.h"
#include "mms-runner.h"
#include "mms-scenario.h"
#include "mms-window.h"

static MmsApplication *app;

/* Words that are identifiers, not prose: they stay as they are in every
 * language.  Kernel functions, struct fields and flags with an underscore
 * or a digit are recognised by their shape (see is_identifier). */
static const char * const allowed[] = {
  /* page-table levels, hardware and kernel abbreviations */
  "PGD", "PUD", "PMD", "PTE", "PTEs", "P4D", "VMA", "VMAs", "RSS", "COW", "TLB", "CPU",
  "RAM", "NX", "PFN", "pfn", "ELF", "LRU", "SIGSEGV", "SEGV", "MAPERR", "ACCERR", "OOM",
  "DMA", "DMA32", "Normal", "HighMem", "Movable", "ZONE", "NULL", "GP",
  "mm", "pgd", "pud", "pmd", "pte", "brk", "mmap", "munmap", "mprotect", "mremap",
  "fork", "exec", "execve", "exit", "clone", "madvise", "mlock", "kmalloc", "kfree",
  "vmalloc", "vmemmap", "pkmap", "fixmap", "vsyscall", "kmap", "ioremap", "swapents",
  "pgtables", "vma", "rb", "lru", "mlocked", "swapcache", "anon", "shmem", "kmem", "bss",
  "text", "data", "heap", "stack", "vdso", "vvar", "rodata", "pid", "slab", "expand", "deleted",
  "RssAnon", "RssFile", "RssShmem", "glibc", "libc", "malloc", "free", "killer", "i386-legacy",
  "zone", "Linux", "SysV", "POSIX", "glibc",
  /* glibc's allocator: its structures keep their names in the course notes */
  "chunk", "chunks", "top", "bin", "bins", "tcache", "fastbin", "fastbins", "unsorted", "small",
  "large", "arena", "calloc", "realloc", "memset", "memcpy", "sbrk", "sysmalloc", "systrim",
  "trim", "key", "abort", "pwndbg",
  /* kernel functions without an underscore (kernel/fork.c) */
  "mmput", "mmdrop",
  /* words of glibc's own messages, quoted as glibc prints them
   * ("free(): double free detected in tcache 2") */
  "double", "detected", "in", "corruption", "fasttop", "invalid", "pointer", "unaligned",
  "prev", "size", "next", "corrupted", "list", "linked", "out", "consolidating", "vs",
  /* the kernel's name for its VMA tree since 6.1 ("maple 树") */
  "maple",
  /* a real program's calls, quoted as strace printed them (jvm-start: clone3's
   * struct fields, execve's argv), and the JVM's names for its parts */
  "flags", "tls", "vars", "version", "Java", "JVM", "HotSpot", "Xmx", "ReservedCodeCacheSize", "JIT",
  /* units */
  "B", "K", "M", "G", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB",
  /* errno names */
  "ENOMEM", "EINVAL", "EFAULT", "EACCES", "EPERM", "EEXIST", "ESRCH", "EAGAIN", "EBADF", "ENODEV",
  /* permissions and architecture names */
  "rw", "rwx", "r", "w", "x", "p", "s", "i386", "x86", "x86_64", "ARM", "ARM64", "aarch64", "arm64",
  /* the program's name, and shortcuts */
  "mmscope", "Ctrl", "Shift", "Alt", "Esc", "F11", "F1", "Home", "End", "Space",
  "PNG", "SVG", "PDF",
  NULL,
};

/* Names the scenario gives (processes, mappings, programs) for one test. */
static GPtrArray *scenario_names;

static gboolean
is_identifier (const char *word)
{
  if (g_regex_match_simple ("^[r-][w-][x-][ps]?$", word, 0, 0))
    return TRUE;   /* r-xp */
  if (g_str_has_prefix (word, "kmalloc-"))
    return TRUE;   /* a kmalloc cache: kmalloc-128 */
  if (strlen (word) == 1 && g_ascii_isupper (word[0]))
    return TRUE;   /* a PTE bit: P W U A D */
  for (guint i = 0; scenario_names != NULL && i < scenario_names->len; i++)
    if (strcmp (g_ptr_array_index (scenario_names, i), word) == 0)
      return TRUE;
  if (strchr (word, '_') != NULL || g_ascii_isdigit (word[strlen (word) - 1]))
    return TRUE;   /* vm_start, __rmqueue, x86_64, o3 */
  if (g_str_has_prefix (word, "0x"))
    return TRUE;
  if (strlen (word) >= 2)
    {
      gboolean upper = TRUE;
      for (const char *p = word; *p != '\0'; p++)
        if (g_ascii_islower (*p))
          upper = FALSE;
      if (upper)
        return TRUE;   /* VM_GROWSDOWN's parts, MM_ANONPAGES, FIXADDR_TOP */
    }
  if (strspn (word, "0123456789abcdefx") == strlen (word))
    return TRUE;   /* a hex number without its 0x (a frame 1a3) */
  return g_strv_contains ((const char * const *) allowed, word);
}

/* Words of TEXT (Pango markup stripped, paths and statements removed) that
 * are English prose, or NULL. */
static char *
untranslated (const char *text,
              GPtrArray  *statements,
              gboolean    markup)
{
  g_autofree char *plain = NULL;
  g_autoptr(GString) s = NULL;
  g_autoptr(GString) bad = g_string_new (NULL);
  const char *p;

  if (text == NULL || *text == '\0')
    return NULL;
  if (markup && pango_parse_markup (text, -1, 0, NULL, &plain, NULL, NULL))
    s = g_string_new (plain);
  else
    s = g_string_new (text);
  for (guint i = 0; i < statements->len; i++)
    g_string_replace (s, g_ptr_array_index (statements, i), " ", 0);

  p = s->str;
  while (*p != '\0')
    {
      /* Skip a file path (/lib/libc.so.6) and a [name] like [heap]. */
      if (*p == '/' || *p == '[' || *p == '<')
        {
          char close = *p == '[' ? ']' : *p == '<' ? '>' : ' ';
          while (*p != '\0' && *p != close && *p != '\n')
            p++;
          continue;
        }
      if (g_ascii_isalpha (*p) || *p == '_')
        {
          const char *start = p;
          g_autofree char *word = NULL;

          while (g_ascii_isalnum (*p) || *p == '_'
                 || ((*p == '.' || *p == '-') && (g_ascii_isalnum (p[1]) || p[1] == '-') && p > start))
            p++;
          word = g_strndup (start, p - start);
          /* libc.so.6, ld-linux-x86-64.so.2: a file name */
          if (strchr (word, '.') == NULL && !is_identifier (word))
            g_string_append_printf (bad, "%s%s", bad->len > 0 ? " " : "", word);
          continue;
        }
      if (g_ascii_isdigit (*p))
        {
          while (g_ascii_isalnum (*p))
            p++;   /* 16K, 0x1a3, 4KiB */
          continue;
        }
      p = g_utf8_next_char (p);
    }
  return bad->len > 0 ? g_strdup (bad->str) : NULL;
}

static void
report (GHashTable *found,
        const char *where,
        const char *text,
        GPtrArray  *statements,
        gboolean    markup)
{
  g_autofree char *bad = untranslated (text, statements, markup);

  if (bad != NULL && !g_hash_table_contains (found, text))
    g_hash_table_insert (found, g_strdup (text), g_strdup_printf ("%s [%s]", where, bad));
}

static void
check_widgets (GtkWidget  *widget,
               GHashTable *found,
               GPtrArray  *statements)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    report (found, "label", gtk_label_get_text (GTK_LABEL (widget)), statements, FALSE);
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    report (found, "button", gtk_button_get_label (GTK_BUTTON (widget)), statements, FALSE);
  if (gtk_widget_get_has_tooltip (widget))
    {
      g_autofree char *tip = gtk_widget_get_tooltip_markup (widget);
      report (found, "tooltip", tip, statements, TRUE);
    }
  if (GTK_IS_CONTAINER (widget))
    {
      GList *children = gtk_container_get_children (GTK_CONTAINER (widget));
      for (GList *l = children; l != NULL; l = l->next)
        check_widgets (l->data, found, statements);
      g_list_free (children);
    }
}

static void
check_scene (MmsWindow  *window,
             GHashTable *found,
             GPtrArray  *statements)
{
  MmsScene *scene = mms_scene_view_get_scene (mms_window_get_scene_view (window));

  g_assert_nonnull (scene);
  for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
    {
      MmsElement *e = mms_scene_get_element (scene, i);
      g_autofree char *where = g_strdup_printf ("scene %s", e->id);

      report (found, where, e->label, statements, (e->flags & MMS_ELEMENT_MARKUP) != 0);
    }
}

static int
longer_first (gconstpointer a,
              gconstpointer b)
{
  return (int) strlen (*(const char * const *) b) - (int) strlen (*(const char * const *) a);
}

static void
test_every_builtin (void)
{
  g_auto(GStrv) names = mms_builtin_list ();
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  MmsWindow *window = mms_window_new (app);
  GHashTableIter iter;
  gpointer text, where;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 664);
  gtk_widget_show (GTK_WIDGET (window));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "animate", g_variant_new_boolean (FALSE));
  mms_test_gui_flush ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) statements = g_ptr_array_new ();
      MmsScenario *scenario;
      guint n;

      mms_test_gui_activate (window, "open-builtin", g_variant_new_string (names[i]));
      g_assert_null (mms_window_get_error (window));
      scenario = mms_runner_get_scenario (mms_window_get_runner (window));
      g_clear_pointer (&scenario_names, g_ptr_array_unref);
      scenario_names = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; k < scenario->steps->len; k++)
        {
          const char *stmt = ((MmsStmt *) g_ptr_array_index (scenario->steps, k))->text;
          g_auto(GStrv) words = g_strsplit_set (stmt, " \t", -1);

          g_ptr_array_add (statements, (gpointer) stmt);
          /* The actor, and what "spawn", "fork", "thread", "as" name. */
          for (guint w = 0; words[w] != NULL; w++)
            {
              const char *eq = strchr (words[w], '=');
              const char *slash = strrchr (words[w], '/');

              if (w == 0 || (w > 0 && (strcmp (words[w - 1], "spawn") == 0 || strcmp (words[w - 1], "fork") == 0
                                       || strcmp (words[w - 1], "thread") == 0 || strcmp (words[w - 1], "pthread") == 0
                                       || strcmp (words[w - 1], "vfork") == 0 || strcmp (words[w - 1], "as") == 0)))
                g_ptr_array_add (scenario_names, g_strdup (words[w]));
              /* zone=highmem, elf=/bin/true: a value, a program's name */
              if (slash != NULL)
                g_ptr_array_add (scenario_names, g_strdup (slash + 1));
              else if (eq != NULL)
                g_ptr_array_add (scenario_names, g_strdup (eq + 1));
            }
        }
      /* Longest first, so that no shorter statement cuts a longer one. */
      g_ptr_array_sort (statements, longer_first);

      n = mms_window_get_n_steps (window);
      for (guint pos = 0;; pos++)
        {
          check_widgets (GTK_WIDGET (window), found, statements);
          check_scene (window, found, statements);
          if (pos >= 6 || pos >= n)
            break;
          /* The first steps, then the end: every kind of view is filled. */
          if (pos == 4)
            mms_test_gui_activate (window, "go-end", NULL);
          else
            mms_test_gui_activate (window, "step", NULL);
        }
      for (MmsView v = 0; v < MMS_N_VIEWS; v++)
        {
          mms_test_gui_activate (window, "view", g_variant_new_string (mms_view_get_name (v)));
          check_scene (window, found, statements);
        }
      mms_test_gui_activate (window, "view", g_variant_new_string ("all"));
    }

  g_clear_pointer (&scenario_names, g_ptr_array_unref);
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &text, &where))
    g_printerr ("untranslated: %s: «%s»\n", (char *) where, (char *) text);
  if (g_hash_table_size (found) > 0)
    g_test_fail_printf ("%u strings with untranslated English under zh_CN", g_hash_table_size (found));
  gtk_widget_destroy (GTK_WIDGET (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  mms_i18n_init ();
  mms_i18n_set_language ("zh_CN");
  app = mms_test_gui_init (&argc, &argv);
  if (app == NULL)
    return 77;

  g_test_add_func ("/gui-zh/every-builtin", test_every_builtin);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
