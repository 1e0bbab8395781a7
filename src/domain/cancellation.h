#pragma once

#include <QString>

namespace Attend {

/**
 * Whether a session's title announces that it was cancelled, the way frab and Pentabarf feeds
 * (which have no status field) do it: "CANCELLED: …", "[Canceled] …", "… (cancelled)",
 * "Abgesagt: …". A title that merely talks about a cancellation does not count.
 */
bool titleSaysCancelled(const QString &title);

} // namespace Attend
