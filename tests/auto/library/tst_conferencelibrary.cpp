// The followed conferences' file: the built-in agenda first and never stored, order kept, no
// secret written, a broken file an error (never an empty library), shared ids filed apart.
#include "domain/conference.h"
#include "library/conferencelibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {
Subscription followed(const char *url, const char *title, const char *conferenceId)
{
    Subscription subscription;
    subscription.url = QUrl(QLatin1String(url));
    subscription.id = subscriptionIdFor(subscription.url);
    subscription.title = QLatin1String(title);
    subscription.conferenceId = QLatin1String(conferenceId);
    subscription.added = QDateTime(QDate(2026, 1, 20), QTime(8, 0), Qt::UTC);
    return subscription;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestConferenceLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheBuiltInOnly()
    {
        QTemporaryDir dir;
        ConferenceLibrary library(dir.filePath(QStringLiteral("conferences.json")));
        QVERIFY(library.load()); // a missing file is an empty library
        QCOMPARE(library.subscriptions().size(), 1);
        QVERIFY(library.subscriptions().constFirst().isBuiltIn());
        QCOMPARE(library.currentId(), Subscription::builtInId());
        QVERIFY(!library.remove(Subscription::builtInId()));
        QCOMPARE(library.subscriptions().size(), 1);
    }

    void savesAndLoadsInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conferences.json"));
        ConferenceLibrary library(path);
        Subscription fosdem = followed("https://fosdem.org/2026/schedule/xml", "FOSDEM 2026", "fosdem2026");
        Subscription congress = followed("https://fahrplan.events.ccc.de/congress/2019/Fahrplan/schedule.json", "36C3", "36c3");
        Subscription members = followed("https://user:hunter2@members.example/feed.ics", "Members day", "members");
        members.auth = FeedCredentials::Kind::Basic;
        members.user = QStringLiteral("user");
        library.put(fosdem);
        library.put(congress);
        library.put(members);
        library.setCurrentId(congress.id);
        QVERIFY(library.save());
        QVERIFY(!readFile(path).contains("hunter2")); // never a secret

        ConferenceLibrary again(path);
        QVERIFY(again.load());
        QCOMPARE(again.subscriptions().size(), 4);
        QCOMPARE(again.subscriptions().at(1).title, QStringLiteral("FOSDEM 2026"));
        QCOMPARE(again.subscriptions().at(1).url, fosdem.url);
        QCOMPARE(again.subscriptions().at(1).conferenceId, QStringLiteral("fosdem2026"));
        QCOMPARE(again.subscriptions().at(1).added, fosdem.added);
        QCOMPARE(again.subscriptions().at(2).id, congress.id);
        QCOMPARE(again.subscriptions().at(3).auth, FeedCredentials::Kind::Basic);
        QCOMPARE(again.subscriptions().at(3).user, QStringLiteral("user"));
        QCOMPARE(again.currentId(), congress.id);
        QVERIFY(again.findByConferenceId(QStringLiteral("36c3")));
        QCOMPARE(again.findByConferenceId(QStringLiteral("36c3"))->id, congress.id);
        QVERIFY(!again.findByConferenceId(QStringLiteral("nope")));
    }

    void putUpdatesRemoveForgets()
    {
        QTemporaryDir dir;
        ConferenceLibrary library(dir.filePath(QStringLiteral("conferences.json")));
        Subscription fosdem = followed("https://fosdem.org/2026/schedule/xml", "FOSDEM 2026", "fosdem2026");
        library.put(fosdem);
        fosdem.title = QStringLiteral("FOSDEM 2026 (final)");
        library.put(fosdem);
        QCOMPARE(library.subscriptions().size(), 2);
        QCOMPARE(library.find(fosdem.id)->title, QStringLiteral("FOSDEM 2026 (final)"));
        library.setCurrentId(fosdem.id);
        QVERIFY(library.remove(fosdem.id));
        QCOMPARE(library.currentId(), Subscription::builtInId()); // the current one went: back to the built-in
        QVERIFY(!library.find(fosdem.id));
        library.setCurrentId(QStringLiteral("no-such-id"));
        QCOMPARE(library.currentId(), Subscription::builtInId());
    }

    void replaceKeepsThePlace()
    {
        QTemporaryDir dir;
        ConferenceLibrary library(dir.filePath(QStringLiteral("conferences.json")));
        const Subscription oldAddress = followed("https://old.example/democon.xml", "DemoCon", "democon");
        const Subscription other = followed("https://other.example/feed.ics", "Other", "other");
        const Subscription newAddress = followed("https://new.example/democon.xml", "DemoCon", "democon");
        library.put(oldAddress);
        library.put(other);
        library.setCurrentId(oldAddress.id);
        library.replace(oldAddress.id, newAddress);
        QCOMPARE(library.subscriptions().size(), 3);
        QCOMPARE(library.subscriptions().at(1).id, newAddress.id);
        QCOMPARE(library.currentId(), newAddress.id);
        library.replace(Subscription::builtInId(), other); // the built-in is never replaced
        QVERIFY(library.subscriptions().constFirst().isBuiltIn());
    }

    void conferenceIdIsTheFollowedOnes()
    {
        QTemporaryDir dir;
        ConferenceLibrary library(dir.filePath(QStringLiteral("conferences.json")));
        const Subscription filedApart = followed("https://mirror.example/democon.xml", "DemoCon", "democon@mirror");
        library.put(filedApart);
        Conference democon;
        democon.acronym = QStringLiteral("democon");
        democon.title = QStringLiteral("DemoCon");
        QCOMPARE(library.conferenceIdFor(filedApart.url, democon), QStringLiteral("democon@mirror"));
        QVERIFY(library.conferenceIdFor(QUrl(QStringLiteral("https://elsewhere.example/democon.xml")), democon) != QStringLiteral("democon@mirror"));
    }

    void sharedIdsAreFiledApartOnLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conferences.json"));
        const QJsonObject root{
            {QStringLiteral("version"), 1},
            {QStringLiteral("current"), QString()},
            {QStringLiteral("conferences"),
             QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://a.example/democon.xml")},
                                    {QStringLiteral("conferenceId"), QStringLiteral("democon")}},
                        QJsonObject{{QStringLiteral("url"), QStringLiteral("https://b.example/democon.xml")},
                                    {QStringLiteral("conferenceId"), QStringLiteral("democon")}}}},
        };
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
        ConferenceLibrary library(path);
        QVERIFY(library.load());
        QVERIFY(library.filedApartOnLoad());
        QCOMPARE(library.subscriptions().at(1).conferenceId, QStringLiteral("democon")); // the first keeps it
        QVERIFY(library.subscriptions().at(2).conferenceId != QStringLiteral("democon"));
        QVERIFY(!library.subscriptions().at(2).conferenceId.isEmpty());
    }

    void aBrokenFileIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("not JSON") << QByteArray("{\"conferences\": [");
        QTest::addRow("an array") << QByteArray("[]");
        QTest::addRow("binary") << QByteArray("\x00\x01\x02", 3);
    }
    void aBrokenFileIsAnError()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conferences.json"));
        QVERIFY(writeFile(path, bytes));
        ConferenceLibrary library(path);
        QString error;
        QVERIFY(!library.load(&error));
        QVERIFY(!error.isEmpty());
    }

    void entriesWithoutAnAddressAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conferences.json"));
        QVERIFY(writeFile(path, "{\"version\": 1, \"conferences\": [{\"title\": \"no url\"}, {\"url\": \"https://ok.example/f.xml\", \"title\": \"OK\"}]}"));
        ConferenceLibrary library(path);
        QVERIFY(library.load());
        QCOMPARE(library.subscriptions().size(), 2);
        QCOMPARE(library.subscriptions().at(1).title, QStringLiteral("OK"));
    }
};

QTEST_GUILESS_MAIN(TestConferenceLibrary)
#include "tst_conferencelibrary.moc"
