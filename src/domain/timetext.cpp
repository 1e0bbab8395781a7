#include "timetext.h"

#include <QLocale>
#include <QRegularExpression>

namespace Attend {

namespace {
// The person's locale's short time ("09:30", "9:30 AM", "9:30"), without the seconds some locales
// (C among them) put in it. Worked out once per locale: every row of the agenda asks.
QString shortTimeFormat()
{
    static QString localeName;
    static QString format;
    const QLocale locale;
    if (format.isEmpty() || locale.name() != localeName) {
        localeName = locale.name();
        format = locale.timeFormat(QLocale::ShortFormat);
        static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
        format.remove(seconds);
    }
    return format;
}
} // namespace

QString clockTimeText(const QDateTime &instant, const QTimeZone &zone)
{
    return QLocale().toString(instant.toTimeZone(zone).time(), shortTimeFormat());
}

} // namespace Attend
