#include "feedstatus.h"

#include "domain/timetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace Attend {

namespace {

// The translation context of these free functions (lupdate and the runtime agree on its name).
struct FeedStatus {
    Q_DECLARE_TR_FUNCTIONS(Attend::FeedStatus)
};

QString when(const QDateTime &time, const FeedStatusInput &input)
{
    const QDateTime local = time.toTimeZone(input.zone);
    const QString clock = clockTimeText(time, input.zone);
    if (local.date() == input.now.toTimeZone(input.zone).date())
        return clock;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clock;
}

} // namespace

QString feedStatusText(const FeedStatusInput &input)
{
    if (input.builtIn)
        return FeedStatus::tr("Built into Attend");
    if (input.busy) {
        const QString verb = input.hasCopy ? FeedStatus::tr("Checking for updates…") : FeedStatus::tr("Downloading…");
        if (input.total > 0)
            return verb + QLatin1Char(' ') + QLocale().toString(100.0 * double(input.received) / double(input.total), 'f', 0) + QLatin1Char('%');
        return verb;
    }
    const CachedFeedInfo &info = input.info;
    QString text;
    if (!input.hasCopy) {
        text = info.lastError.isEmpty() ? FeedStatus::tr("Not downloaded yet") : FeedStatus::tr("Could not download: %1").arg(info.lastError);
    } else if (!info.lastError.isEmpty()) {
        text = info.lastErrorIsOffline ? FeedStatus::tr("Offline — showing the copy from %1").arg(when(info.downloadedAt, input))
                                       : FeedStatus::tr("Could not update (%1) — showing the copy from %2").arg(info.lastError, when(info.downloadedAt, input));
    } else {
        text = FeedStatus::tr("Updated %1 · checked %2").arg(when(info.downloadedAt, input), when(info.checkedAt, input));
    }
    if (info.retryAfter.isValid() && info.retryAfter > input.now)
        text += QStringLiteral(" · ") + FeedStatus::tr("the server asked to wait until %1").arg(when(info.retryAfter, input));
    return text;
}

} // namespace Attend
