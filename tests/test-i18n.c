/* test-i18n.c: the Chinese (zh_CN) translation.
 *
 * Runs under zh_CN.UTF-8 (tools/dev generates it; without it, C.UTF-8
 * with LANGUAGE=zh_CN, which mms_i18n_init() falls back to by itself):
 * every event kind is narrated in Chinese, mmscope-cli run --events speaks
 * Chinese, every built-in scenario's notes and title have a Chinese
 * version, and po/zh_CN.po has no untranslated or fuzzy message.
 */
#include "mms-config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "mms-builtin.h"
#include "mms-event.h"
#include "mms-i18n.h"
#include "mms-scenario.h"

static gboolean
has_cjk (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))
        return TRUE;
    }
  return FALSE;
}

static char *
describe_in (const char    *language,
             const MmsEvent *ev)
{
  char *text;

  mms_i18n_set_language (language);
  text = mms_event_describe (ev);
  mms_i18n_set_language ("zh_CN");
  return text;
}

/* Every kind, with the field values that choose between its sentences
 * (count 0..3, a cache or none, the top or the last table level, a
 * present or a swap entry, a SysV segment or an attach). */
static void
test_every_event_kind (void)
{
  static const guint64 counts[] = { 0, 1, 2, 3 };
  static const char * const caches[] = { "kmalloc-64", NULL };
  static const guint levels[] = { 0, 3 };
  static const guint64 ptes[] = { G_GUINT64_CONSTANT (0x8000000000123067),
                                  (G_GUINT64_CONSTANT (42) << 12) | (1 << 9) };
  static const guint mms[] = { 0, 1 };
  guint checked = 0;

  for (MmsEventKind kind = 0; kind < MMS_NR_EVENT_KINDS; kind++)
    for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
      for (guint k = 0; k < G_N_ELEMENTS (caches); k++)
        for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
          for (guint t = 0; t < G_N_ELEMENTS (ptes); t++)
            for (guint m = 0; m < G_N_ELEMENTS (mms); m++)
              {
                MmsEvent ev = {
                  .kind = kind, .seq = 7, .pid = 1, .zone = MMS_ZONE_NORMAL, .order = 2,
                  .pfn = 0x3c00, .pfn2 = 0x3c04, .count = counts[c], .cache = caches[k],
                  .slab = 1, .obj = 2, .addr = G_GUINT64_CONSTANT (0x7f0000001000),
                  .from_list = MMS_SLABS_FREE, .to_list = MMS_SLABS_PARTIAL,
                  .mm = mms[m], .vma = 3, .vma2 = 4,
                  .start = 0x400000, .end = 0x404000, .start2 = 0x404000, .end2 = 0x408000,
                  .flags = 0x73, .pte = ptes[t], .level = levels[l], .pid2 = 2,
                };
                g_autofree char *zh = mms_event_describe (&ev);
                g_autofree char *en = describe_in ("en", &ev);

                if (!has_cjk (zh) || g_strcmp0 (zh, en) == 0)
                  g_error ("event kind %s (count %" G_GUINT64_FORMAT ", cache %s, level %u, pte 0x%"
                           G_GINT64_MODIFIER "x, mm %u) has no Chinese narration: \"%s\"",
                           mms_event_kind_name (kind), counts[c], caches[k] ? caches[k] : "none",
                           levels[l], ptes[t], mms[m], zh);
                /* The kernel function still leads the sentence. */
                g_assert_true (g_str_has_prefix (en, mms_event_function (kind))
                               || kind == MMS_EV_PTE_ALLOC || kind == MMS_EV_PGTABLE_FREE
                               || kind == MMS_EV_SHM);
                g_assert_nonnull (strchr (zh, ':'));
                g_assert_true (strncmp (zh, en, strchr (en, ':') - en) == 0);
                checked++;
              }
  g_test_message ("%u narrations checked", checked);
  g_assert_cmpuint (checked, ==, MMS_NR_EVENT_KINDS * 64);
}

/* The translated names of zones and page owners; the identifiers stay. */
static void
test_labels (void)
{
  for (MmsZoneId z = 0; z < MMS_NR_ZONES; z++)
    {
      g_assert_true (has_cjk (mms_zone_label (z)));
      g_assert_false (has_cjk (mms_zone_name (z)));
    }
  for (MmsPageOwner o = 0; o < MMS_NR_OWNERS; o++)
    {
      g_assert_false (has_cjk (mms_owner_name (o)));
      if (o != MMS_OWNER_SLAB)   /* "slab" is the kernel's word in Chinese too */
        g_assert_true (has_cjk (mms_owner_label (o)));
    }
}

/* mms_i18n_set_language: English, Chinese, and back to the system's. */
static void
test_set_language (void)
{
  MmsEvent ev = { .kind = MMS_EV_WP_COPY, .addr = 0x601000, .pfn = 0x1a3, .pfn2 = 0x2c0 };
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *sys = NULL;

  mms_i18n_set_language ("en");
  en = mms_event_describe (&ev);
  mms_i18n_set_language ("zh_CN");
  zh = mms_event_describe (&ev);
  mms_i18n_set_language ("");
  sys = mms_event_describe (&ev);
  mms_i18n_set_language ("zh_CN");

  g_assert_cmpstr (en, ==, "wp_page_copy: copy-on-write at 0x601000: frame 0x1a3 is copied to the new frame 0x2c0");
  g_assert_cmpstr (zh, ==, "wp_page_copy: 0x601000 处写时复制：页框 0x1a3 被复制到新页框 0x2c0");
  g_assert_cmpstr (sys, ==, zh);   /* the test runs under zh_CN */
}

typedef struct
{
  char *out;
  char *err;
  int status;
} Result;

static void
run_cli (Result             *r,
         const char * const *env_set,
         const char         *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("MMSCOPE_CLI");
  va_list args;
  int wait_status;

  g_assert_nonnull (cli);
  for (guint i = 0; env_set[i] != NULL; i += 2)
    envp = env_set[i + 1] != NULL ? g_environ_setenv (envp, env_set[i], env_set[i + 1], TRUE)
                                  : g_environ_unsetenv (envp, env_set[i]);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &r->out, &r->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
}

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

static void
test_cli_events (void)
{
  static const char * const zh_env[] = { "LANGUAGE", "zh_CN", "LC_ALL", "zh_CN.UTF-8", NULL };
  static const char * const zh_language_only[] = { "LANGUAGE", "zh_CN", "LC_ALL", "C.UTF-8", NULL };
  static const char * const en_env[] = { "LANGUAGE", NULL, "LC_ALL", "C.UTF-8", NULL };
  Result r = { 0 };

  run_cli (&r, zh_env, "run", "fork-cow", "--events", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "第 0 步：启动 x86_64"));
  g_assert_nonnull (strstr (r.out, "  wp_page_copy: 0x"));
  g_assert_nonnull (strstr (r.out, "处写时复制：页框 0x"));
  g_assert_nonnull (strstr (r.out, "  copy_process: pid 2 由 pid 1 创建"));
  g_assert_nonnull (strstr (r.out, "expect 通过\n"));
  g_assert_null (strstr (r.out, "copy-on-write at"));
  result_clear (&r);

  /* A machine without the zh_CN locale: LANGUAGE alone is enough. */
  run_cli (&r, zh_language_only, "run", "fork-cow", "--events", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "处写时复制：页框 0x"));
  result_clear (&r);

  /* The machine-readable outputs stay as the kernel writes them. */
  run_cli (&r, zh_env, "buddyinfo", "fork-cow", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "Node 0, zone "));
  g_assert_false (has_cjk (r.out));
  result_clear (&r);
  run_cli (&r, zh_env, "maps", "fork-cow", "parent", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_false (has_cjk (r.out));
  result_clear (&r);

  /* And English when the locale says nothing else. */
  run_cli (&r, en_env, "run", "fork-cow", "--events", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "copy-on-write at 0x"));
  g_assert_false (has_cjk (r.out));
  result_clear (&r);
}

static void
test_builtin_notes_and_titles (void)
{
  g_auto(GStrv) names = mms_builtin_list ();

  g_assert_cmpuint (g_strv_length (names), >, 0);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_open (names[i], &error);
      guint notes = 0;

      g_assert_no_error (error);
      for (guint s = 0; s < scenario->steps->len; s++)
        {
          const MmsStmt *stmt = g_ptr_array_index (scenario->steps, s);
          if (stmt->note == NULL)
            continue;
          if (stmt->note_zh_CN == NULL || !has_cjk (stmt->note_zh_CN))
            g_error ("%s: step %u has a note without note.zh_CN", names[i], s + 1);
          notes++;
        }
      if (scenario->trailing_note != NULL)
        g_assert_nonnull (scenario->trailing_note_zh_CN);
      g_assert_cmpuint (notes, >, 0);
      g_assert_nonnull (scenario->title);
      if (!has_cjk (_(scenario->title)))
        g_error ("%s: the title \"%s\" has no translation: add it to "
                 "src/scenario/mms-builtin-titles.c and po/zh_CN.po", names[i], scenario->title);
    }
}

/* po/zh_CN.po: every message translated, none fuzzy, formats consistent. */
static void
test_po_complete (void)
{
  g_autofree char *po = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "po", "zh_CN.po", NULL);
  const char *argv[] = { "msgfmt", "--check", "--statistics", "-o", "/dev/null", po, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_environ_setenv (g_environ_unsetenv (g_get_environ (), "LANGUAGE"),
                                         "LC_ALL", "C", TRUE);
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  int wait_status;

  if (msgfmt == NULL)
    {
      g_test_skip ("msgfmt is not installed");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &wait_status, &error));
  g_assert_no_error (error);
  g_test_message ("msgfmt: %s", err);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  g_assert_nonnull (strstr (err, "translated message"));
  if (strstr (err, "untranslated") != NULL || strstr (err, "fuzzy") != NULL)
    g_error ("po/zh_CN.po is incomplete: %s", err);
}

int
main (int   argc,
      char *argv[])
{
  /* The test speaks Chinese; G_TEST_SRCDIR is set by meson. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  mms_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/every-event-kind", test_every_event_kind);
  g_test_add_func ("/i18n/labels", test_labels);
  g_test_add_func ("/i18n/set-language", test_set_language);
  g_test_add_func ("/i18n/cli-events", test_cli_events);
  g_test_add_func ("/i18n/builtin-notes-and-titles", test_builtin_notes_and_titles);
  g_test_add_func ("/i18n/po-complete", test_po_complete);
  return g_test_run ();
}
