#include "feedlinks.h"

#include <QRegularExpression>
#include <QSet>

namespace Attend {

namespace {

// Pages are big; the head and the links people follow sit in the first megabyte.
constexpr qsizetype kMaxScan = 1024 * 1024;

QRegularExpression attributePattern(const char *name)
{
    return QRegularExpression(QStringLiteral("\\b%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").arg(QLatin1String(name)),
                              QRegularExpression::CaseInsensitiveOption);
}

QString attribute(const QString &tag, const char *name)
{
    static const QRegularExpression href = attributePattern("href");
    static const QRegularExpression rel = attributePattern("rel");
    static const QRegularExpression type = attributePattern("type");
    const QRegularExpression &pattern = qstrcmp(name, "href") == 0 ? href : qstrcmp(name, "rel") == 0 ? rel
                                                                                                      : type;
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int group = 1; group <= 3; ++group) {
        if (match.hasCaptured(group))
            return match.captured(group).trimmed();
    }
    return {};
}

QString unescapeEntities(QString text)
{
    return text.replace(QLatin1String("&amp;"), QLatin1String("&")).replace(QLatin1String("&#38;"), QLatin1String("&"));
}

bool isFeedType(const QString &type)
{
    static const QStringList types = {QStringLiteral("application/xml"), QStringLiteral("text/xml"), QStringLiteral("application/json"),
                                      QStringLiteral("text/calendar"), QStringLiteral("application/calendar+json"),
                                      QStringLiteral("application/calendar+xml")};
    return types.contains(type.toLower());
}

bool isSchedulePath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".xml")) || lower.endsWith(QLatin1String(".json")) || lower.endsWith(QLatin1String(".ics")))
        return true;
    const QString last = lower.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    return lower.contains(QLatin1String("schedule"))
           && (last == QLatin1String("xml") || last == QLatin1String("json") || last == QLatin1String("ical") || last == QLatin1String("ics"));
}

} // namespace

bool looksLikeWebPage(const QByteArray &data)
{
    const QByteArray head = data.left(2048).trimmed().toLower();
    const QByteArray start = head.startsWith("\xef\xbb\xbf") ? head.mid(3).trimmed() : head;
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return true;
    // An XML prolog, comments, then <html: XHTML.
    return start.startsWith("<") && head.contains("<html") && !head.contains("<schedule") && !head.contains("<iCalendar");
}

QList<QUrl> scheduleLinksInPage(const QByteArray &html, const QUrl &pageUrl, int limit)
{
    const QString text = QString::fromUtf8(html.left(kMaxScan));
    static const QRegularExpression tags(QStringLiteral("<(link|a)\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    QList<QUrl> links;
    QSet<QString> seen;
    for (auto it = tags.globalMatch(text); it.hasNext() && links.size() < limit;) {
        const QRegularExpressionMatch match = it.next();
        const QString tag = match.captured(0);
        const bool isLink = match.captured(1).compare(QLatin1String("link"), Qt::CaseInsensitive) == 0;
        const QString href = unescapeEntities(attribute(tag, "href"));
        if (href.isEmpty() || href.startsWith(QLatin1Char('#')))
            continue;
        const QUrl url = pageUrl.resolved(QUrl(href));
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            continue;
        bool wanted = false;
        if (isLink) {
            const QStringList rel = attribute(tag, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            wanted = rel.contains(QLatin1String("alternate"))
                     && (isFeedType(attribute(tag, "type")) || isSchedulePath(url.path()));
        } else {
            wanted = isSchedulePath(url.path());
        }
        if (!wanted)
            continue;
        const QString key = url.toString(QUrl::RemoveFragment);
        if (seen.contains(key) || url.adjusted(QUrl::RemoveFragment) == pageUrl.adjusted(QUrl::RemoveFragment))
            continue;
        seen.insert(key);
        links.append(url.adjusted(QUrl::RemoveFragment));
    }
    return links;
}

} // namespace Attend
