/* mms-render.h: the render library's public headers in one include. */
#pragma once

#include "mms-palette.h"
#include "mms-element.h"
#include "mms-scene.h"
#include "mms-view.h"
#include "mms-rmap.h"
