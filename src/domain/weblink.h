#pragma once

#include <QString>
#include <QUrl>

namespace Attend {

/**
 * Whether a feed's address may be offered as a link. The interface opens links with
 * Qt.openUrlExternally, which hands any scheme to the desktop: a feed's javascript:, file: (a
 * .desktop file runs a program) or smb: link must never get that far. Only http(s) with a host.
 */
inline bool isWebLink(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

inline bool isWebLink(const QString &address)
{
    return isWebLink(QUrl(address));
}

} // namespace Attend
