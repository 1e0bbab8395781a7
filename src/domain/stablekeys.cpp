#include "stablekeys.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace Attend {

namespace {
QString derivedKey(const Session &session)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(session.title.toUtf8());
    for (const Speaker &speaker : session.speakers) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(speaker.name.toUtf8());
    }
    return QStringLiteral("t:") + QString::fromLatin1(hash.result().toHex().left(16));
}
} // namespace

void assignStableKeys(QList<Session> &sessions)
{
    QHash<QString, int> guidCount;
    QHash<QString, int> idCount;
    for (const Session &session : sessions) {
        if (!session.guid.isEmpty())
            ++guidCount[session.guid];
        if (!session.feedId.isEmpty())
            ++idCount[session.feedId];
    }

    QSet<QString> used;
    auto claim = [&used](const QString &base) {
        QString key = base;
        for (int n = 2; used.contains(key); ++n)
            key = base + QLatin1Char('#') + QString::number(n);
        used.insert(key);
        return key;
    };

    for (Session &session : sessions) {
        if (!session.guid.isEmpty() && guidCount.value(session.guid) == 1)
            session.key = claim(QStringLiteral("g:") + session.guid);
        else if (session.guid.isEmpty() && !session.feedId.isEmpty() && idCount.value(session.feedId) == 1)
            session.key = claim(QStringLiteral("i:") + session.feedId);
        else
            session.key = claim(derivedKey(session));
    }
}

} // namespace Attend
