#include "recordinglink.h"

#include <algorithm>

namespace Attend {

QString recordingLinkFor(const Session &session)
{
    static const QStringList videoHosts{QStringLiteral("media.ccc.de"), QStringLiteral("youtube.com"),
                                        QStringLiteral("youtu.be"), QStringLiteral("video.fosdem.org")};
    for (const SessionLink &link : session.links) {
        const QString scheme = link.url.scheme();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            continue; // only web addresses: this one is opened with a click
        const QString host = link.url.host().toLower();
        const bool onVideoHost = std::any_of(videoHosts.cbegin(), videoHosts.cend(), [&host](const QString &videoHost) {
            return host == videoHost || host.endsWith(QLatin1Char('.') + videoHost);
        });
        const bool titled = link.title.contains(QLatin1String("recording"), Qt::CaseInsensitive)
            || link.title.contains(QLatin1String("video"), Qt::CaseInsensitive);
        // A live stream is not a recording (FOSDEM titles its streams "Live video stream …").
        const bool live = link.title.contains(QLatin1String("live"), Qt::CaseInsensitive)
            || link.title.contains(QLatin1String("stream"), Qt::CaseInsensitive);
        if ((onVideoHost || titled) && !live)
            return link.url.toString();
    }
    return {};
}

} // namespace Attend
