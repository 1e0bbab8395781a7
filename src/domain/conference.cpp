#include "conference.h"

#include "searchtext.h"

#include <QCollator>
#include <QSet>
#include <algorithm>

namespace Attend {

namespace {
QStringList distinctSorted(const QList<Session> &sessions, QString Session::*field)
{
    QSet<QString> seen;
    QStringList values;
    for (const Session &session : sessions) {
        const QString &value = session.*field;
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values.append(value);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(values.begin(), values.end(), collator);
    return values;
}
} // namespace

QStringList Conference::tracks() const { return distinctSorted(sessions, &Session::track); }
QStringList Conference::rooms() const { return distinctSorted(sessions, &Session::room); }

QDateTime Conference::firstStart() const
{
    return sessions.isEmpty() ? QDateTime() : sessions.constFirst().start;
}

QDateTime Conference::lastEnd() const
{
    QDateTime last;
    for (const Session &session : sessions) {
        if (!last.isValid() || session.end() > last)
            last = session.end();
    }
    return last;
}

int Conference::indexOfKey(const QString &key) const
{
    for (int i = 0; i < sessions.size(); ++i) {
        if (sessions.at(i).key == key)
            return i;
    }
    return -1;
}

QString conferenceIdFor(const Conference &conference)
{
    const QString source = conference.acronym.isEmpty() ? conference.title : conference.acronym;
    QString slug;
    for (const QChar c : foldForSearch(source)) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("conference") : slug;
}

void sortSessions(QList<Session> &sessions)
{
    std::stable_sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.room != b.room)
            return a.room < b.room; // QString's operator< compares UTF-16 code units
        return a.title < b.title;
    });
}

QString formatUtcOffset(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString zoneAbbreviation(const QTimeZone &zone, const QDateTime &at)
{
    if (!zone.isValid())
        return QStringLiteral("UTC");
    const QString abbreviation = zone.abbreviation(at);
    // Fixed-offset zones and some IANA zones abbreviate to "+03" or "UTC+01:00"; spell offsets out.
    const bool numeric = abbreviation.isEmpty() || abbreviation.startsWith(QLatin1Char('+'))
        || abbreviation.startsWith(QLatin1Char('-')) || abbreviation.startsWith(QLatin1String("UTC"))
        || abbreviation.startsWith(QLatin1String("GMT"));
    if (numeric) {
        const int offset = zone.offsetFromUtc(at);
        if (offset == 0)
            return QStringLiteral("UTC");
        return QStringLiteral("UTC") + formatUtcOffset(offset);
    }
    return abbreviation;
}

} // namespace Attend
