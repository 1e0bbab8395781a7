#include "domain/stablekeys.h"

#include <QElapsedTimer>
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

    void manyEqualTitlesAreNumberedInLinearTime()
    {
        // Counting from #2 again for every repeat took 32 s for 20,000 sessions of one title.
        QList<Session> sessions;
        for (int i = 0; i < 40000; ++i)
            sessions.append(make(QString(), QString(), QStringLiteral("Lightning talk")));
        QElapsedTimer timer;
        timer.start();
        assignStableKeys(sessions);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const QString base = sessions.at(0).key;
        QVERIFY(base.startsWith(QLatin1String("t:")));
        for (int i = 1; i < sessions.size(); ++i)
            QCOMPARE(sessions.at(i).key, base + QLatin1Char('#') + QString::number(i + 1));
    }

    void numberingSkipsKeysAlreadyTaken()
    {
        // The same keys as counting from #2 every time: a number taken meanwhile is skipped.
        QList<Session> sessions = {make(QString(), QString(), QStringLiteral("A")), make(QString(), QString(), QStringLiteral("A")),
                                   make(QString(), QString(), QStringLiteral("B")), make(QString(), QString(), QStringLiteral("A")),
                                   make(QString(), QString(), QStringLiteral("B"))};
        assignStableKeys(sessions);
        const QString a = sessions.at(0).key;
        const QString b = sessions.at(2).key;
        QCOMPARE(sessions.at(1).key, a + QStringLiteral("#2"));
        QCOMPARE(sessions.at(3).key, a + QStringLiteral("#3"));
        QCOMPARE(sessions.at(4).key, b + QStringLiteral("#2"));
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
