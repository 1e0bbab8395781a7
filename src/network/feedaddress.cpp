#include "feedaddress.h"

namespace Attend {

FeedAddress splitFeedAddress(const QUrl &url)
{
    FeedAddress address;
    address.url = url.adjusted(QUrl::RemoveUserInfo);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    return address;
}

QString redactedAddress(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace Attend
