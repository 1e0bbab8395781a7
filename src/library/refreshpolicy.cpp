#include "refreshpolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Attend {

QDateTime nextRefreshAt(const CachedFeedInfo &info, std::chrono::seconds interval, double jitterFactor)
{
    if (!info.checkedAt.isValid() && !info.lastAttemptAt.isValid())
        return QDateTime(); // never asked: now
    const QDateTime latest = std::max(info.checkedAt.isValid() ? info.checkedAt : info.lastAttemptAt,
                                      info.lastAttemptAt.isValid() ? info.lastAttemptAt : info.checkedAt);
    QDateTime due = latest.addSecs(qint64(double(interval.count()) * jitterFactor));
    if (info.maxAgeSeconds && info.checkedAt.isValid() && info.lastError.isEmpty())
        due = std::max(due, info.checkedAt.addSecs(std::min(*info.maxAgeSeconds, maxAgeCapSeconds)));
    if (info.retryAfter.isValid())
        due = std::max(due, info.retryAfter);
    return due;
}

double randomJitterFactor()
{
    return 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
}

} // namespace Attend
