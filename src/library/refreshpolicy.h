#pragma once

#include "feedcache.h"

#include <QDateTime>

#include <chrono>

namespace Attend {

/**
 * When to ask a feed's server again: one interval after the latest attempt (30 minutes unless the
 * person chose otherwise), stretched or shrunk by a random jitter factor in [0.8, 1.2] so that
 * thousands of attendees do not all ask in the same second; never before the copy's Cache-Control
 * max-age runs out (capped at a day, so a careless header cannot freeze updates) nor before the
 * server's Retry-After. A feed never fetched, or never checked, is due at once.
 */
QDateTime nextRefreshAt(const CachedFeedInfo &info, std::chrono::seconds interval, double jitterFactor);

/** Uniform in [0.8, 1.2]. */
double randomJitterFactor();

constexpr qint64 maxAgeCapSeconds = 24 * 3600;

} // namespace Attend
