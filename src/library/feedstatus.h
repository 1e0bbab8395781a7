#pragma once

#include "feedcache.h"

#include <QDateTime>
#include <QTimeZone>

namespace Attend {

/** What the status line under the conference's title says about its feed, right now. */
struct FeedStatusInput {
    CachedFeedInfo info;
    bool builtIn = false;
    bool hasCopy = false;
    bool busy = false;
    qint64 received = 0;
    qint64 total = -1;
    QDateTime now;   // UTC
    QTimeZone zone;  // the viewer's
};

/**
 * "Updated 10:42 · checked 11:15", "Offline — showing the copy from 10:42",
 * "Could not update (HTTP 404 Not Found) — showing the copy from 10:42", "Downloading… 45%".
 * Times of another day carry their date.
 */
QString feedStatusText(const FeedStatusInput &input);

} // namespace Attend
