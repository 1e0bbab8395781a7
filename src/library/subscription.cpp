#include "subscription.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>

namespace Attend {

QString subscriptionIdFor(const QUrl &url)
{
    const QByteArray normalized = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toEncoded();
    return QString::fromLatin1(QCryptographicHash::hash(normalized, QCryptographicHash::Sha256).toHex().left(16));
}

QUrl feedUrlFromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (QDir::isAbsolutePath(trimmed))
        return QUrl::fromLocalFile(trimmed);
    QUrl url(trimmed, QUrl::StrictMode);
    // "localhost:8080/feed.xml" reads as the scheme "localhost": a host and port, with no scheme.
    static const QRegularExpression hostAndPort(QStringLiteral("^[A-Za-z0-9.-]+:\\d{1,5}(/|$)"));
    if (!trimmed.contains(QLatin1String("://")) && hostAndPort.match(trimmed).hasMatch())
        url = QUrl();
    if (url.scheme().isEmpty() && !trimmed.contains(QLatin1String("://")))
        url = QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode); // "pretalx.com/x/schedule.xml"
    return url;
}

} // namespace Attend
