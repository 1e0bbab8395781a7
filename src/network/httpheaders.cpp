#include "httpheaders.h"

#include "fetchtypes.h"

#include <QLocale>
#include <QString>

#include <algorithm>

namespace Attend::HttpHeaders {

QDateTime parseHttpDate(const QByteArray &value)
{
    // The day name goes: it says nothing the date does not, and Qt rejects a date whose day name
    // does not match, which a two-digit year read as 19xx never does.
    QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return {};
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const bool asctime = comma < 0;
    text = asctime ? text.section(QLatin1Char(' '), 1) : text.mid(comma + 1).trimmed();
    const QLocale c = QLocale::c();
    QDateTime parsed;
    if (asctime) {
        parsed = c.toDateTime(text, QStringLiteral("MMM d HH:mm:ss yyyy"));
    } else {
        parsed = c.toDateTime(text, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!parsed.isValid()) {
            parsed = c.toDateTime(text, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
            // RFC 850's two-digit year: Qt reads 19xx; RFC 9110 wants the most recent past century.
            if (parsed.isValid() && parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
        }
    }
    if (!parsed.isValid())
        return {};
    return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
}

std::optional<qint64> parseDelaySeconds(const QByteArray &digits)
{
    if (digits.isEmpty() || digits.size() > 64)
        return std::nullopt;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt; // a sign too: a negative delay means nothing
    }
    if (digits.size() > 12) // more than 31,000 years: no need to parse what qint64 may not hold
        return maxServerDelaySeconds;
    return std::min(digits.toLongLong(), maxServerDelaySeconds);
}

QDateTime parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty() || !now.isValid())
        return {};
    const QDateTime utcNow = now.toUTC();
    if (const std::optional<qint64> delay = parseDelaySeconds(value))
        return utcNow.addSecs(*delay);
    const QDateTime date = parseHttpDate(value);
    if (!date.isValid())
        return {};
    return std::min(date, utcNow.addSecs(maxServerDelaySeconds));
}

std::optional<qint64> parseMaxAge(const QByteArray &cacheControl)
{
    std::optional<qint64> maxAge;
    bool mustRevalidate = false;
    for (const QByteArray &part : cacheControl.split(',')) {
        const QByteArray directive = part.trimmed().toLower();
        if (directive == "no-cache" || directive == "no-store") {
            mustRevalidate = true;
        } else if (directive.startsWith("max-age=")) {
            QByteArray number = directive.mid(8).trimmed();
            if (number.size() >= 2 && number.startsWith('"') && number.endsWith('"'))
                number = number.mid(1, number.size() - 2);
            if (const std::optional<qint64> value = parseDelaySeconds(number))
                maxAge = value;
        }
    }
    if (mustRevalidate)
        return 0;
    return maxAge;
}

} // namespace Attend::HttpHeaders
