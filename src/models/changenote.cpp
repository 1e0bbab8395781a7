#include "changenote.h"

#include "schedule/bookmark.h"
#include "timeformatter.h"

#include <QCoreApplication>
#include <QLocale>

namespace Attend {

namespace {

// The translation context of these free functions (lupdate and the runtime agree on its name).
struct ChangeNote {
    Q_DECLARE_TR_FUNCTIONS(Attend::ChangeNote)
};

} // namespace

QString changeNoteFor(const Bookmark *bookmark, bool sessionCancelled, const TimeFormatter &formatter)
{
    if (sessionCancelled || (bookmark && bookmark->cancelled))
        return ChangeNote::tr("Cancelled");
    if (!bookmark)
        return {};
    QStringList notes;
    if (bookmark->movedFrom.isValid()) {
        QString from = formatter.time(bookmark->movedFrom);
        QString to = formatter.time(bookmark->start);
        const QTimeZone zone = formatter.displayZone();
        if (bookmark->movedFrom.toTimeZone(zone).date() != bookmark->start.toTimeZone(zone).date()) {
            from = formatter.day(bookmark->movedFrom) + QLatin1Char(' ') + from;
            to = formatter.day(bookmark->start) + QLatin1Char(' ') + to;
        }
        notes.append(ChangeNote::tr("Moved from %1 to %2").arg(from, to));
    }
    if (!bookmark->roomWas.isEmpty())
        notes.append(ChangeNote::tr("Room changed from %1 to %2").arg(bookmark->roomWas, bookmark->room));
    return notes.join(QStringLiteral(" · "));
}

} // namespace Attend
