/* mms-snapshot.h: mmscope-cli snapshot --pid PID (spec/cli.md): a live
 * process's address space, read from /proc, as a scenario. */
#pragma once

#include "mms-import.h"

G_BEGIN_DECLS

/* Reads /proc/PID/maps and, where permitted, smaps (Rss) and pagemap
 * (present bits), and returns a scenario that recreates the address space:
 * the process `main`, spawned from its executable when that is an ELF
 * file this machine can load, then fixed mmaps for the rest and touches
 * for the resident pages.  MMS_IMPORT_ERROR_GONE when there is no such
 * process, MMS_IMPORT_ERROR_PERM when /proc refuses. */
char *mms_snapshot_pid (int      pid,
                        GError **error);

/* The same from the text of a maps file and, optionally, of smaps; PID
 * only names things.  Touched pages come from RESIDENT (start addresses of
 * present pages, may be NULL). */
char *mms_snapshot_from_maps (int          pid,
                              const char  *maps,
                              const char  *smaps,
                              GArray      *resident,
                              GError     **error);

G_END_DECLS
