/* mms-cli.c: mmscope-cli, the headless front end (spec/cli.md).
 *
 * Exit status: 0 success; 1 a scenario or input error, printed on stderr
 * as FILE:LINE:COLUMN: error: MESSAGE; 2 a usage error with a one-line hint.
 */
#include "mms-config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "mms-builtin.h"
#include "mms-cli-common.h"
#include "mms-cli-export.h"
#include "mms-cli-quiz.h"
#include "mms-format.h"
#include "mms-runner.h"
#include "mms-malloc.h"
#include "mms-snapshot.h"
#include "mms-strace.h"
#include "mms-i18n.h"


/* Translators: the command names, FILE, PROC, ADDR, N and the options
 * (--until, --events, --json) stay as they are; translate the
 * explanations. */
static const char *usage_text =
  N_("Usage:\n"
  "  mmscope-cli run FILE [--until N] [--events] [--json]\n"
  "  mmscope-cli buddyinfo FILE [--until N]\n"
  "  mmscope-cli slabinfo FILE [--until N]\n"
  "  mmscope-cli maps FILE PROC [--until N]\n"
  "  mmscope-cli smaps FILE PROC [--until N]\n"
  "  mmscope-cli pagewalk FILE PROC ADDR [--until N]\n"
  "  mmscope-cli mt-dump FILE PROC [--until N] [--log]\n"
  "  mmscope-cli heap FILE PROC [--until N] [--allocations]\n"
  "  mmscope-cli export FILE [--step N|all] [--view V] [--format png|svg|pdf]\n"
  "              [--width W] [--height H] [--scale S] [--no-narration] -o OUT\n"
  "  mmscope-cli import-strace TRACE [-o FILE.mms] [--check]\n"
  "  mmscope-cli snapshot --pid PID [-o FILE.mms]\n"
  "  mmscope-cli quiz FILE --seed N [--count K] [--kinds K1,K2]\n"
  "              [--format text|json|moodle|pdf] [--answers] [--lang L] [-o OUT]\n"
  "  mmscope-cli list\n"
  "  mmscope-cli --help | --version\n"
  "\n"
  "FILE is a scenario (.mms) file or the name of a built-in scenario.\n"
  "--until N shows the state after step N (default: after the last step).\n"
  "\n"
  "Commands:\n"
  "  run        execute every step and expect; --events prints each step's\n"
  "             events, one a line, with the kernel function each models;\n"
  "             --json prints the final state as one JSON document\n"
  "  buddyinfo  the free lists in the format of /proc/buddyinfo\n"
  "  slabinfo   the slab caches, one line per cache\n"
  "  maps       PROC's VMAs in the format of /proc/PID/maps\n"
  "  smaps      PROC's VMAs with their memory counts, as /proc/PID/smaps\n"
  "  pagewalk   the page-table walk for ADDR in PROC, one line per level\n"
  "  mt-dump    PROC's maple tree (Linux 6.1+), node by node; --log: the\n"
  "             stores that built it, as tests/tools/mt-oracle reads them\n"
  "  heap       PROC's malloc heap, chunk by chunk, and its bins (as pwndbg's\n"
  "             heap and bins); --allocations: NAME heap|mmap OFFSET USABLE\n"
  "             for each live allocation, then brk OFFSET\n"
  "  import-strace  the scenario that replays TRACE (strace -o TRACE -e\n"
  "             trace=memory,execve,openat,open,close CMD); --check runs it and\n"
  "             compares every result with the real kernel's\n"
  "  snapshot   a scenario that recreates the address space of process PID\n"
  "  export     view V (layout, mm, vma-tree, page-table, physical, slab,\n"
  "             events, heap or all, the default) after step N as PNG, SVG or PDF;\n"
  "             --step all: with pdf a handout (a title page, then a page per\n"
  "             step with its narration), with png or svg a numbered sequence\n"
  "             OUT-00.png (the boot), OUT-01.png ... (see mmscope-cli(1))\n"
  "  quiz       questions about the scenario's states, answered by the engine\n"
  "             (kinds: maps, fault, pagewalk, vma-count, rss, buddy, slab,\n"
  "             layout, mm, malloc); the same seed gives the same questions\n"
  "  list       the built-in scenarios: NAME, then its title\n"
  "\n"
  "Exit status: 0 success, 1 scenario or input error, 2 usage error.\n");

static int
input_error (GError *error)
{
  fprintf (stderr, "%s\n", error->message);
  return EXIT_INPUT;
}

static void
write_out (const GString *out)
{
  fwrite (out->str, 1, out->len, stdout);
  fflush (stdout);
}

typedef struct
{
  gint until;
  gboolean events;
  gboolean json;
  gboolean log;
  gboolean allocations;
} Options;

/* Parses the options of a command that takes one FILE argument. */
static int
parse_file_command_args (const char  *command,
                         const char  *extra_names,
                         guint        n_extra,
                         int          argc,
                         char       **argv,
                         gboolean     run_options,
                         Options     *opts,
                         char       **file_out,
                         char       **extra_out);

static int
parse_file_command (const char  *command,
                    int          argc,
                    char       **argv,
                    gboolean     run_options,
                    Options     *opts,
                    char       **file_out)
{
  return parse_file_command_args (command, "", 0, argc, argv, run_options, opts, file_out, NULL);
}

static int
parse_file_command_args (const char  *command,
                         const char  *extra_names,
                         guint        n_extra,
                         int          argc,
                         char       **argv,
                         gboolean     run_options,
                         Options     *opts,
                         char       **file_out,
                         char       **extra_out)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "until", 0, 0, G_OPTION_ARG_INT, &opts->until, N_("Show the state after step N"), "N" },
    { "events", 0, 0, G_OPTION_ARG_NONE, &opts->events, N_("Print each step's events"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &opts->json, N_("Print the final state as JSON"), NULL },
    { "log", 0, 0, G_OPTION_ARG_NONE, &opts->log,
      N_("Print the maple tree stores instead, with a dump at the end (mt-oracle's input)"), NULL },
    { "allocations", 0, 0, G_OPTION_ARG_NONE, &opts->allocations,
      N_("One line per live allocation, then the break"), NULL },
    { NULL },
  };
  g_autofree char *param = g_strdup_printf ("%s FILE%s", command, extra_names);

  /* The table ends at the first NULL name: --events and --json are run's,
   * --log is mt-dump's, --allocations heap's; the others take only --until. */
  if (run_options)
    entries[3].long_name = NULL;
  else if (g_str_equal (command, "mt-dump") || g_str_equal (command, "heap"))
    {
      entries[1] = entries[g_str_equal (command, "mt-dump") ? 3 : 4];
      entries[2].long_name = NULL;
    }
  else
    entries[1].long_name = NULL;
  /* G_MININT: not given (a given -1 must be refused, not taken as unset). */
  opts->until = G_MININT;
  context = g_option_context_new (param);
  g_option_context_set_help_enabled (context, TRUE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return mms_cli_usage_error ("%s", error->message);
  if (argc < 3)
    /* Translators: %s is a command (run, maps, ...); keep FILE. */
    return mms_cli_usage_error (_("'%s' needs a scenario FILE"), command);
  if ((guint) argc < 3 + n_extra)
    /* Translators: %1$s is a command, FILE%2$s its arguments (FILE PROC ADDR). */
    return mms_cli_usage_error (_("'%s' needs FILE%s"), command, extra_names);
  if ((guint) argc > 3 + n_extra)
    return mms_cli_usage_error (_("unexpected argument '%s'"), argv[3 + n_extra]);
  if (opts->until == G_MININT)
    opts->until = -1;
  else if (opts->until < 0)
    return mms_cli_usage_error ("%s", _("--until takes a step number, 0 or more"));
  *file_out = g_strdup (argv[2]);
  for (guint i = 0; i < n_extra; i++)
    extra_out[i] = g_strdup (argv[3 + i]);
  return EXIT_OK;
}

static void
print_events (MmsRunner *runner,
              GString   *out)
{
  guint n;
  const MmsEvent *events = mms_runner_get_events (runner, &n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = mms_event_describe (&events[i]);
      g_string_append_printf (out, "  %s\n", text);
    }
}

/* Opens FILE and runs it to step UNTIL (-1: the end), logging the maple
 * tree stores when LOG_MAPLE.  Returns an exit status. */
static int
open_and_run (const char      *file,
              gint             until,
              gboolean         print_steps,
              gboolean         print_events_too,
              gboolean         log_maple,
              MmsScenario    **scenario_out,
              MmsRunner      **runner_out,
              GString         *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open (file, &error);
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  MmsI18nCache step_format = { 0 };
  guint target;

  if (scenario == NULL)
    return input_error (error);
  if (until >= 0 && (guint) until > scenario->steps->len)
    /* Translators: %1$d is the step asked for, %2$s a scenario, %3$u its number of steps. */
    return mms_cli_usage_error (_("--until %d: %s has %u steps"), until, file, scenario->steps->len);
  target = until >= 0 ? (guint) until : scenario->steps->len;

  runner = mms_runner_new (scenario, &error);
  if (runner == NULL)
    return input_error (error);
  if (log_maple)
    mms_machine_mt_log_start (mms_runner_get_machine (runner));
  /* Without --events nobody reads the events: the engine skips them. */
  if (!print_events_too)
    mms_runner_set_record_events (runner, FALSE);
  if (print_steps)
    {
      /* Translators: %1$s is an architecture (x86_64, i386), %2$llu a size in MiB. */
      g_string_append_printf (out, _("step 0: boot %s, %llu MiB of RAM\n"),
                              mms_arch_name (mms_runner_get_machine (runner)->arch),
                              (unsigned long long) (mms_runner_get_machine (runner)->ram >> 20));
      if (print_events_too)
        print_events (runner, out);
    }
  while (mms_runner_get_position (runner) < target)
    {
      const MmsStmt *stmt;
      guint step;

      if (!mms_runner_step (runner, &error))
        {
          write_out (out);
          g_string_truncate (out, 0);
          return input_error (error);
        }
      if (!print_steps)
        continue;
      /* The step's line, formatted straight into OUT with translations
       * made once: a line a step is most of what `run` does for a
       * scenario of 150,000 steps. */
      step = mms_runner_get_position (runner);
      stmt = mms_runner_get_stmt (runner, step);
      g_string_truncate (summary, 0);
      mms_runner_append_summary (runner, summary);
      mms_string_append_format (out, mms_i18n_cached (&step_format,
                                                      /* Translators: %1$u is a step number, %2$u its line in the
                                                       * scenario file, %3$s the statement as written, %4$s what
                                                       * it did. */
                                                      N_("step %u (line %u): %s: %s\n")),
                                step, stmt->loc.line, stmt->text, summary->str);
      if (print_events_too)
        print_events (runner, out);
      /* Streamed: 150,000 lines need not sit in memory first. */
      if (out->len >= 64 * 1024)
        {
          write_out (out);
          g_string_truncate (out, 0);
        }
    }
  *scenario_out = g_steal_pointer (&scenario);
  *runner_out = g_steal_pointer (&runner);
  return EXIT_OK;
}

static int
cmd_run (int    argc,
         char **argv)
{
  Options opts = { 0 };
  g_autofree char *file = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int status;

  if ((status = parse_file_command ("run", argc, argv, TRUE, &opts, &file)) != EXIT_OK)
    return status;
  status = open_and_run (file, opts.until, !opts.json, opts.events, FALSE, &scenario, &runner,
                         out);
  if (status != EXIT_OK)
    return status;
  if (opts.json)
    {
      g_autofree char *json = mms_runner_to_json (runner);
      g_string_append (out, json);
      g_string_append_c (out, '\n');
    }
  else
    /* Translators: %1$u steps done of %2$u in the scenario; %3$u "expect" statements
     * checked. */
    g_string_append_printf (out, _("%u of %u steps done, %u expects passed\n"),
                            mms_runner_get_position (runner), mms_runner_get_n_steps (runner),
                            mms_runner_get_n_expects_checked (runner));
  write_out (out);
  return EXIT_OK;
}

static int
cmd_report (int    argc,
            char **argv,
            void (*report) (MmsMachine *, GString *))
{
  Options opts = { 0 };
  g_autofree char *file = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int status;

  if ((status = parse_file_command (argv[1], argc, argv, FALSE, &opts, &file)) != EXIT_OK)
    return status;
  status = open_and_run (file, opts.until, FALSE, FALSE, FALSE, &scenario, &runner, out);
  if (status != EXIT_OK)
    return status;
  report (mms_runner_get_machine (runner), out);
  write_out (out);
  return EXIT_OK;
}

/* maps, smaps, pagewalk and mt-dump: a view of one process. */
static int
cmd_process (int    argc,
             char **argv)
{
  const char *command = argv[1];
  gboolean walk = g_str_equal (command, "pagewalk");
  Options opts = { 0 };
  g_autofree char *file = NULL;
  char *extra[2] = { NULL, NULL };
  g_autofree char *proc_name = NULL;
  g_autofree char *addr_text = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  struct task_struct *task;
  guint64 addr = 0;
  int status;

  status = parse_file_command_args (command, walk ? " PROC ADDR" : " PROC", walk ? 2 : 1,
                                    argc, argv, FALSE, &opts, &file, extra);
  proc_name = extra[0];
  addr_text = extra[1];
  if (status != EXIT_OK)
    return status;
  if (walk)
    {
      g_autoptr(GError) error = NULL;
      const char *text = addr_text;
      guint base = 10;
      if (g_str_has_prefix (text, "0x") || g_str_has_prefix (text, "0X"))
        text += 2, base = 16;
      if (!g_ascii_string_to_unsigned (text, base, 0, G_MAXUINT64, &addr, &error))
        /* Translators: keep ADDR. */
        return mms_cli_usage_error (_("ADDR '%s' is not a number"), addr_text);
    }
  status = open_and_run (file, opts.until, FALSE, FALSE, opts.log, &scenario, &runner, out);
  if (status != EXIT_OK)
    return status;
  task = mms_runner_lookup_task (runner, proc_name);
  if (task == NULL)
    {
      /* Translators: %s is a process's name in the scenario. */
      g_autofree char *msg = g_strdup_printf (_("no process '%s' in this scenario"), proc_name);
      fprintf (stderr, "%s: error: %s\n", file, msg);
      return EXIT_INPUT;
    }
  if (task->mm == NULL)
    {
      g_autofree char *msg = NULL;
      if (task->state == MMS_TASK_EXITED)
        /* Translators: %s is a process's name in the scenario. */
        msg = g_strdup_printf (_("process '%s' has no address space any more (it exited)"), proc_name);
      else
        /* Translators: %s is a process's name in the scenario. */
        msg = g_strdup_printf (_("process '%s' has no address space any more (it was killed)"),
                               proc_name);
      fprintf (stderr, "%s: error: %s\n", file, msg);
      return EXIT_INPUT;
    }
  if (g_str_equal (command, "maps"))
    mms_report_maps (task->mm, out);
  else if (g_str_equal (command, "smaps"))
    mms_report_smaps (task->mm, out);
  else if (g_str_equal (command, "mt-dump") && opts.log)
    g_string_append_printf (out, "%sdump %u\n", mms_machine_mt_log (task->mm->machine),
                            task->mm->id);
  else if (g_str_equal (command, "mt-dump"))
    mms_report_mt_dump (task->mm, out);
  else if (g_str_equal (command, "heap") && opts.allocations)
    mms_report_allocations (task->mm, out);
  else if (g_str_equal (command, "heap"))
    {
      mms_report_heap (task->mm, out);
      mms_report_bins (task->mm, out);
    }
  else
    mms_report_pagewalk (task->mm, addr, out);
  write_out (out);
  return EXIT_OK;
}

static int
cmd_list (int    argc,
          char **argv)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (argc > 2)
    return mms_cli_usage_error ("%s", _("'list' takes no arguments"));
  names = mms_builtin_list ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_open (names[i], &error);

      if (scenario == NULL)
        return input_error (error);
      g_string_append_printf (out, "%s %s\n", names[i],
                              scenario->title != NULL ? scenario->title : "");
    }
  write_out (out);
  return EXIT_OK;
}

/* Writes TEXT to OUTPUT atomically, or to stdout without OUTPUT. */
static int
emit_scenario (const char *output,
               const char *text)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL)
    {
      fputs (text, stdout);
      fflush (stdout);
      return EXIT_OK;
    }
  if (!mms_import_write_atomic (output, text, -1, &error))
    return input_error (error);
  return EXIT_OK;
}

static int
cmd_import_strace (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  gboolean check = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the scenario to FILE", "FILE" },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      "Run it and compare each result with the real kernel's", NULL },
    { NULL },
  };
  int status;

  context = g_option_context_new ("import-strace TRACE");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return mms_cli_usage_error ("%s", error->message);
  if (argc < 3)
    return mms_cli_usage_error ("'import-strace' needs a TRACE file");
  if (argc > 3)
    return mms_cli_usage_error ("unexpected argument '%s'", argv[3]);
  trace = mms_trace_load (argv[2], &error);
  if (trace == NULL)
    return input_error (error);
  /* Calls that overlapped in time: the order that reproduces the results
   * (which needs the program's files; without them, strace's order). */
  if (!mms_trace_order (trace, &error))
    {
      fprintf (stderr, "%s: warning: the calls keep strace's order: %s\n", argv[2], error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; i < trace->warnings->len; i++)
    fprintf (stderr, "%s\n", (char *) trace->warnings->pdata[i]);
  text = mms_trace_to_scenario (trace);
  if (output != NULL || !check)
    {
      status = emit_scenario (output, text);
      if (status != EXIT_OK)
        return status;
    }
  if (check)
    {
      g_autoptr(GString) report = g_string_new (NULL);

      if (!mms_trace_check (trace, report, NULL, NULL, &error))
        return input_error (error);
      write_out (report);
    }
  return EXIT_OK;
}

static int
cmd_snapshot (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  gint pid = -1;
  GOptionEntry entries[] = {
    { "pid", 0, 0, G_OPTION_ARG_INT, &pid, "The process to snapshot", "PID" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the scenario to FILE", "FILE" },
    { NULL },
  };

  context = g_option_context_new ("snapshot --pid PID");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return mms_cli_usage_error ("%s", error->message);
  if (argc > 2)
    return mms_cli_usage_error ("unexpected argument '%s'", argv[2]);
  if (pid <= 0)
    return mms_cli_usage_error ("'snapshot' needs --pid PID");
  text = mms_snapshot_pid (pid, &error);
  if (text == NULL)
    return input_error (error);
  return emit_scenario (output, text);
}

int
main (int    argc,
      char **argv)
{
  const char *command;

  setlocale (LC_ALL, "");
  mms_i18n_init ();

  if (argc < 2)
    return mms_cli_usage_error ("%s", _("missing command"));
  command = argv[1];
  if (g_str_equal (command, "--help") || g_str_equal (command, "-h")
      || g_str_equal (command, "help"))
    {
      fputs (_(usage_text), stdout);
      return EXIT_OK;
    }
  if (g_str_equal (command, "--version"))
    {
      printf ("mmscope-cli %s\n", MMS_VERSION);
      return EXIT_OK;
    }
  if (g_str_equal (command, "run"))
    return cmd_run (argc, argv);
  if (g_str_equal (command, "buddyinfo"))
    return cmd_report (argc, argv, mms_report_buddyinfo);
  if (g_str_equal (command, "slabinfo"))
    return cmd_report (argc, argv, mms_report_slabinfo);
  if (g_str_equal (command, "list"))
    return cmd_list (argc, argv);
  if (g_str_equal (command, "maps") || g_str_equal (command, "smaps")
      || g_str_equal (command, "pagewalk") || g_str_equal (command, "mt-dump")
      || g_str_equal (command, "heap"))
    return cmd_process (argc, argv);
  if (g_str_equal (command, "import-strace"))
    return cmd_import_strace (argc, argv);
  if (g_str_equal (command, "snapshot"))
    return cmd_snapshot (argc, argv);
  if (g_str_equal (command, "export"))
    return mms_cli_export (argc, argv);
  if (g_str_equal (command, "quiz"))
    return mms_cli_quiz (argc, argv);
  return mms_cli_usage_error (_("unknown command '%s'"), command);
}
