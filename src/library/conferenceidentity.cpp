#include "conferenceidentity.h"

#include "subscription.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Attend {

QString separateConferenceId(const QString &claimedId, const QUrl &url)
{
    // subscriptionIdFor is already the address's stable hash (it names the copy's folder); eight of
    // its hex digits keep the id short while two addresses of one conference practically never meet.
    return claimedId + QLatin1Char('~') + subscriptionIdFor(url).left(8);
}

bool isFiledAs(const QString &filedId, const QString &claimedId, const QUrl &url)
{
    return filedId == claimedId || filedId == separateConferenceId(claimedId, url);
}

QUrl feedUrlFromArgument(const QString &urlOrPath)
{
    if (!urlOrPath.contains(QLatin1String("://")) && QFileInfo::exists(urlOrPath))
        return QUrl::fromLocalFile(QFileInfo(urlOrPath).absoluteFilePath());
    return feedUrlFromUserInput(urlOrPath);
}

QString claimsAnotherConferenceText(const QString &claimedTitle)
{
    // The title comes from the feed: cut short, so the status stays one line.
    constexpr int maxTitle = 80;
    const QString title = claimedTitle.size() > maxTitle ? claimedTitle.left(maxTitle - 1) + QChar(0x2026) : claimedTitle;
    return QCoreApplication::translate("ConferenceIdentity", "the feed now claims to be another conference (%1)").arg(title);
}

} // namespace Attend
