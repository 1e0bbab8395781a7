#pragma once

#include "domain/pricing.h"
