/* mms-render.h: the render library's public headers in one include. */
#pragma once

#include "mms-palette.h"
#include "mms-element.h"
#include "mms-scene.h"
#include "mms-view.h"
#include "mms-rmap.h"
#include "mms-animation.h"
#include "mms-call-chain.h"
#include "mms-timeline.h"
