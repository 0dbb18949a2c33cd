/* mms-engine.h: the engine's public headers in one include. */
#pragma once

#include "mms-types.h"
#include "mms-page.h"
#include "mms-event.h"
#include "mms-machine.h"
#include "mms-buddy.h"
#include "mms-slab.h"
#include "mms-check.h"
#include "mms-report.h"
#include "mms-clone.h"
