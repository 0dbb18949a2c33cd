/* mms-test-engine.c: see mms-test-engine.h. */
#include "mms-test-engine.h"

void
mms_test_check_event (MmsMachine     *machine,
                      const MmsEvent *event)
{
  g_autoptr(GError) error = NULL;

  if (!mms_machine_check (machine, &error) || !mms_check_pgtables (machine, &error))
    {
      g_autofree char *text = mms_event_describe (event);
      g_error ("after %s (event %u: %s): %s", mms_event_kind_name (event->kind), event->seq,
               text, error->message);
    }
}

MmsMachine *
mms_test_boot (MmsArch       arch,
               guint64       ram,
               guint64       swap,
               MmsEventFunc  func,
               gpointer      user_data)
{
  MmsMachineConfig config = { .arch = arch, .ram = ram, .swap = swap };
  g_autoptr(GError) error = NULL;
  MmsMachine *machine = mms_machine_new (&config, &error);

  g_assert_no_error (error);
  mms_machine_set_event_func (machine, func, user_data);
  mms_machine_boot (machine);
  return machine;
}

struct task_struct *
mms_test_spawn (MmsMachine *machine,
                const char *comm)
{
  MmsImage image = { .path = "/bin/demo", .text = 2 * PAGE, .data = PAGE, .bss = PAGE };
  int err = 0;
  struct task_struct *task = mms_spawn (machine, comm, &image, &err);

  g_assert_cmpint (err, ==, 0);
  g_assert_nonnull (task);
  return task;
}
