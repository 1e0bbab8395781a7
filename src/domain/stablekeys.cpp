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
    // Where to go on numbering each base: a key once found taken stays taken, so the next claim of
    // the same base resumes there and gets the key it would have got by counting from #2 again.
    // Counting from #2 every time made 20,000 sessions with one title take half a minute.
    QHash<QString, int> nextNumber;
    auto claim = [&used, &nextNumber](const QString &base) {
        if (!used.contains(base)) {
            used.insert(base);
            return base;
        }
        int &n = nextNumber[base];
        if (n < 2)
            n = 2;
        QString key = base + QLatin1Char('#') + QString::number(n);
        while (used.contains(key))
            key = base + QLatin1Char('#') + QString::number(++n);
        ++n;
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
