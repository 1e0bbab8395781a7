#pragma once

// What the feed reader tests share: where the real feeds are, reading them, and finding sessions.

#include "domain/conference.h"

#include <QDateTime>
#include <QFile>
#include <QMetaType>
#include <QString>

Q_DECLARE_METATYPE(Attend::ZoneSource)

namespace Attend::FeedTest {

/** A copy of a real feed in tests/data/feeds (origins in its README). */
inline QString feedPath(const QString &name)
{
    return QStringLiteral(ATTEND_TEST_DATA "/feeds/") + name;
}

/** Its bytes; a missing file stops the test loudly, so no check runs on nothing. */
inline QByteArray feedBytes(const QString &name)
{
    QFile file(feedPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

/** The first session with this title, in agenda order, or nullptr. */
inline const Session *findByTitle(const Conference &conference, const QString &title)
{
    for (const Session &session : conference.sessions) {
        if (session.title == title)
            return &session;
    }
    return nullptr;
}

/** An ISO 8601 instant with its offset, as UTC. */
inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace Attend::FeedTest
