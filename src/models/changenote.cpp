#include "changenote.h"

#include "schedule/bookmark.h"
#include "timeformatter.h"

#include <QCoreApplication>
#include <QLocale>

namespace Attend {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChangeNote", text);
}

} // namespace

QString changeNoteFor(const Bookmark *bookmark, bool sessionCancelled, const TimeFormatter &formatter)
{
    if (sessionCancelled || (bookmark && bookmark->cancelled))
        return tr("Cancelled");
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
        notes.append(tr("Moved from %1 to %2").arg(from, to));
    }
    if (!bookmark->roomWas.isEmpty())
        notes.append(tr("Room changed from %1 to %2").arg(bookmark->roomWas, bookmark->room));
    return notes.join(QStringLiteral(" · "));
}

} // namespace Attend
