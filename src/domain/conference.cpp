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
    // tzdata gives a real abbreviation where people use one (GMT/BST, CET/CEST, PST/PDT) and only a
    // number elsewhere ("+04", "-03"); fixed-offset zones abbreviate to "UTC+01:00". A number is
    // spelled as people read it: "UTC+4", "UTC−3", "UTC+5:45".
    const bool numeric = abbreviation.isEmpty() || abbreviation.startsWith(QLatin1Char('+'))
                         || abbreviation.startsWith(QLatin1Char('-')) || abbreviation.startsWith(QLatin1String("UTC"))
                         || (abbreviation.startsWith(QLatin1String("GMT")) && abbreviation.size() > 3);
    if (!numeric)
        return abbreviation;
    const int offset = zone.offsetFromUtc(at);
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(offset) / 60;
    QString text = QStringLiteral("UTC") + (offset < 0 ? QChar(0x2212) : QLatin1Char('+')) + QString::number(minutes / 60);
    if (minutes % 60 != 0)
        text += QLatin1Char(':') + QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace Attend
