/* mms-builtin.h: the built-in scenarios, compiled into the program. */
#pragma once

#include "mms-scenario.h"

G_BEGIN_DECLS

/* The names of the built-in scenarios, sorted (free with g_strfreev). */
char **mms_builtin_list (void);

/* The text of a built-in scenario, or NULL when NAME is none. */
GBytes *mms_builtin_lookup (const char *name);

/* Opens FILE_OR_NAME: a path to a .mms file, or the name of a built-in
 * scenario (a path that exists wins). */
MmsScenario *mms_scenario_open (const char  *file_or_name,
                                GError     **error);

G_END_DECLS
