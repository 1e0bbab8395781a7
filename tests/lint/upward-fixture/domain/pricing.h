#pragma once

// The check's own proof that it can fail: domain/ reaching up into models/.
#include "models/formatter.h"
