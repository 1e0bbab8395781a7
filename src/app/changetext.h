#pragma once

#include "desktop/notifier.h"
#include "schedule/bookmarkchanges.h"

#include <QList>
#include <QTimeZone>

namespace Attend {

/**
 * One notification for everything an update changed in the person's schedule:
 * "FOSDEM 2026: 2 of your sessions changed" and a line for each ("“Rust in the kernel” moved
 * from 10:00 to 10:30", "… was cancelled", "… now clashes with …"), times in the viewer's zone.
 * Opening it shows the first session named.
 */
ReminderNotice changeNoticeFor(const QString &conferenceTitle, const QList<BookmarkChange> &changes, const QTimeZone &zone);

} // namespace Attend
