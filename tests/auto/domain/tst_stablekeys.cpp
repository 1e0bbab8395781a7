#include "domain/stablekeys.h"

#include <QSet>
#include <QTest>

using namespace Attend;

namespace {
Session make(const QString &id, const QString &guid, const QString &title, const QString &speaker = {})
{
    Session session;
    session.feedId = id;
    session.guid = guid;
    session.title = title;
    if (!speaker.isEmpty())
        session.speakers.append({QString(), speaker});
    return session;
}
} // namespace

class TestStableKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefersGuidThenId()
    {
        QList<Session> sessions = {make(QStringLiteral("1"), QStringLiteral("abc"), QStringLiteral("A")),
                                   make(QStringLiteral("0"), QString(), QStringLiteral("B"))};
        assignStableKeys(sessions);
        QCOMPARE(sessions.at(0).key, QStringLiteral("g:abc"));
        QCOMPARE(sessions.at(1).key, QStringLiteral("i:0")); // id 0 is an id, not "missing"
    }

    void repeatedIdsStayDistinct()
    {
        QList<Session> sessions = {make(QStringLiteral("7"), QStringLiteral("dup"), QStringLiteral("Workshop"), QStringLiteral("Ann")),
                                   make(QStringLiteral("7"), QStringLiteral("dup"), QStringLiteral("Workshop"), QStringLiteral("Ann")),
                                   make(QStringLiteral("8"), QString(), QStringLiteral("Other"))};
        assignStableKeys(sessions);
        QSet<QString> keys;
        for (const Session &session : sessions)
            keys.insert(session.key);
        QCOMPARE(keys.size(), 3);
        QVERIFY(sessions.at(0).key.startsWith(QLatin1String("t:")));
        QCOMPARE(sessions.at(1).key, sessions.at(0).key + QStringLiteral("#2"));
    }

    void derivedKeySurvivesAMove()
    {
        // Same title and speakers, other time and room: the same key, so a bookmark follows it.
        QList<Session> before = {make(QString(), QString(), QStringLiteral("Talk"), QStringLiteral("Bo"))};
        QList<Session> after = before;
        after[0].room = QStringLiteral("Elsewhere");
        after[0].start = QDateTime(QDate(2024, 2, 3), QTime(11, 0), Qt::UTC);
        assignStableKeys(before);
        assignStableKeys(after);
        QCOMPARE(after.at(0).key, before.at(0).key);
    }
};

QTEST_GUILESS_MAIN(TestStableKeys)
#include "tst_stablekeys.moc"
