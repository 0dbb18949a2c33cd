/* mms-quiz.h: exercises generated from a scenario and answered by the engine.
 *
 * A question is about the state after one step of a scenario (what
 * `mmscope-cli ... --until STEP` prints): the /proc/PID/maps lines, what an
 * access does, where a page-table walk ends, how many VMAs, the resident
 * set, the buddy allocator's free lists, the slab caches, which region an
 * address is in, the mm_struct's counters and where malloc places a
 * request (glibc's chunks).  The engine runs the
 * scenario and gives every answer; the wrong choices of a multiple-choice
 * question come from real misconceptions (the copy happening at fork, a
 * VMA that merges when it cannot, a page resident before it is touched).
 *
 * Questions are chosen with a seeded pseudo-random generator of our own
 * (MT19937 through GRand's g_rand_int only), never the time or an
 * address: the same seed gives the same questions on every machine.
 */
#pragma once

#include "mms-scenario.h"

G_BEGIN_DECLS

typedef enum
{
  MMS_QUIZ_MAPS,
  MMS_QUIZ_FAULT,
  MMS_QUIZ_PAGEWALK,
  MMS_QUIZ_VMA_COUNT,
  MMS_QUIZ_RSS,
  MMS_QUIZ_BUDDY,
  MMS_QUIZ_SLAB,
  MMS_QUIZ_LAYOUT,
  MMS_QUIZ_MM,
  MMS_QUIZ_MALLOC,
  MMS_QUIZ_N_KINDS,
} MmsQuizKind;

/* How a question is answered. */
typedef enum
{
  MMS_QUIZ_FORM_CHOICE,   /* one of choices (Moodle multichoice) */
  MMS_QUIZ_FORM_NUMBER,   /* a number (Moodle numerical) */
  MMS_QUIZ_FORM_TEXT,     /* a short text, such as an address (Moodle shortanswer) */
} MmsQuizForm;

/* The outcomes of an access (the fault kind's answers). */
typedef enum
{
  MMS_QUIZ_FAULT_NONE,        /* the PTE already allowed it */
  MMS_QUIZ_FAULT_MINOR,       /* a frame mapped without I/O */
  MMS_QUIZ_FAULT_MAJOR,       /* the page read from the file or from swap */
  MMS_QUIZ_FAULT_COW_COPY,    /* do_wp_page -> wp_page_copy */
  MMS_QUIZ_FAULT_COW_REUSE,   /* do_wp_page -> wp_page_reuse */
  MMS_QUIZ_FAULT_STACK,       /* expand_stack */
  MMS_QUIZ_FAULT_SEGV_MAPERR, /* SIGSEGV, no VMA */
  MMS_QUIZ_FAULT_SEGV_ACCERR, /* SIGSEGV, the VMA forbids the access */
  MMS_QUIZ_FAULT_OOM,         /* out of memory */
  MMS_QUIZ_N_FAULTS,
} MmsQuizFault;

typedef struct
{
  MmsQuizKind kind;
  MmsQuizForm form;
  guint step;               /* about the state after this step (0: the boot) */
  char *process;            /* NULL for the machine-wide kinds */
  char *subject;            /* what is asked: "split", "cache", "region"... (machine-readable) */

  /* In the language the question was generated in (see mms_quiz_generate). */
  char *text;
  char *answer;             /* for maps exactly `mmscope-cli maps FILE P --until STEP` */
  GPtrArray *choices;       /* char *, holding answer once; empty for a free answer */
  guint correct;            /* the answer's index in choices */
  char *explanation;        /* the step's narration, or what it did */

  /* The same in Simplified Chinese (mms_quiz_generate_bilingual only). */
  char *text_zh_CN;
  char *answer_zh_CN;
  GPtrArray *choices_zh_CN;
  char *explanation_zh_CN;

  /* What the answer was computed from, for the checks. */
  gboolean has_addr;
  guint64 addr;             /* fault, pagewalk, layout: the address */
  guint access;             /* fault: MmsAccess */
  MmsQuizFault fault;       /* fault: the outcome */
  gboolean hypothetical;    /* fault: an access after STEP, not STEP's own */
  gboolean has_pfn;
  guint64 pfn;              /* layout zone: the frame */
  char *zone;               /* buddy: the zone; layout: the frame's zone */
  char *cache;              /* slab: the cache */
  gint64 number;            /* the value of a numerical answer */
  gboolean from_ask;        /* written by the teacher (an `ask` line) */
  guint ask_line;           /* from_ask: the line of the ask in the file */
} MmsQuestion;

typedef struct
{
  guint64 seed;
  guint count;              /* questions wanted; 0: at most one for every step */
  guint kinds;              /* 1 << MmsQuizKind of the kinds wanted; 0: all */
} MmsQuizOptions;

const char *mms_quiz_kind_name (MmsQuizKind kind);
gboolean mms_quiz_kind_from_name (const char  *name,
                                  MmsQuizKind *kind);

/* "maps,fault" -> a mask for MmsQuizOptions.kinds; FALSE (and ERROR) on an
 * unknown name. */
gboolean mms_quiz_kinds_parse (const char  *list,
                               guint       *kinds,
                               GError     **error);

/* The label of an outcome, in the current language. */
const char *mms_quiz_fault_label (MmsQuizFault fault);

/* Runs SCENARIO and returns its questions (MmsQuestion *, by step), in
 * the current language; NULL and ERROR when the scenario fails. */
GPtrArray *mms_quiz_generate (MmsScenario           *scenario,
                              const MmsQuizOptions  *options,
                              GError               **error);

/* The same, with text, answer, choices and explanation in English and
 * their *_zh_CN twins in Simplified Chinese.  It switches the language of
 * the messages while it works and follows the system's again afterwards. */
GPtrArray *mms_quiz_generate_bilingual (MmsScenario           *scenario,
                                        const MmsQuizOptions  *options,
                                        GError               **error);

/* Whether RESPONSE answers QUESTION: the index of a choice for a choice
 * question (as decimal text), a number for a numerical one (decimal or
 * 0x hex), a text for the others (compared without case and outer
 * spaces; 0x addresses as numbers). */
gboolean mms_question_check (const MmsQuestion *question,
                             const char        *response);

void mms_question_free (MmsQuestion *question);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsQuestion, mms_question_free)

G_END_DECLS
