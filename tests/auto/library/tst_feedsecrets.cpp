// FeedSecrets: the keychain's answers come back by subscription, and secrets kept for this run stay
// in memory only.

#include "library/feedsecrets.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Attend;

namespace {
Subscription privateFeed(const QString &url)
{
    Subscription subscription;
    subscription.url = QUrl(url);
    subscription.id = subscriptionIdFor(subscription.url);
    subscription.auth = FeedCredentials::Kind::Bearer;
    return subscription;
}
} // namespace

class TestFeedSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIsTheAddressWithoutUserOrFragment()
    {
        QCOMPARE(secretKeyFor(QUrl(QStringLiteral("https://ann:pw@example.org/feed.xml#x"))), QStringLiteral("https://example.org/feed.xml"));
        Subscription subscription = privateFeed(QStringLiteral("https://example.org/feed.xml"));
        subscription.user = QStringLiteral("ann");
        subscription.auth = FeedCredentials::Kind::Basic;
        const FeedCredentials credentials = credentialsFor(subscription, QStringLiteral("pw"));
        QCOMPARE(credentials.kind, FeedCredentials::Kind::Basic);
        QCOMPARE(credentials.user, QStringLiteral("ann"));
        QCOMPARE(credentials.secret, QStringLiteral("pw"));
    }

    void answersComeBackBySubscription()
    {
        MemorySecretStore store;
        FeedSecrets secrets(&store);
        const Subscription feed = privateFeed(QStringLiteral("https://example.org/members.json"));
        QSignalSpy written(&secrets, &FeedSecrets::writeFinished);
        QSignalSpy read(&secrets, &FeedSecrets::readFinished);

        secrets.write(feed.id, feed.url, QStringLiteral("token-1"));
        QVERIFY(written.wait());
        QCOMPARE(written.constFirst().at(0).toString(), feed.id);
        QCOMPARE(written.constFirst().at(1).value<SecretStore::Status>(), SecretStore::Status::Ok);

        secrets.read(feed);
        QVERIFY(read.wait());
        QCOMPARE(read.constFirst().at(0).toString(), feed.id);
        QCOMPARE(read.constFirst().at(1).toString(), QStringLiteral("token-1"));
        QCOMPARE(read.constFirst().at(2).value<SecretStore::Status>(), SecretStore::Status::Ok);

        // Answers nobody here asked for (another user of the same store) are not passed on.
        store.read(secretKeyFor(feed));
        QTest::qWait(50);
        QCOMPARE(read.size(), 1);

        secrets.forget(feed);
        secrets.read(feed);
        QVERIFY(read.wait());
        QCOMPARE(read.at(1).at(2).value<SecretStore::Status>(), SecretStore::Status::NotFound);
    }

    void noKeychainIsSaid()
    {
        MemorySecretStore store;
        store.setUnavailable(true);
        FeedSecrets secrets(&store);
        const Subscription feed = privateFeed(QStringLiteral("https://example.org/members.json"));
        QSignalSpy written(&secrets, &FeedSecrets::writeFinished);
        secrets.write(feed.id, feed.url, QStringLiteral("token-1"));
        QVERIFY(written.wait());
        QCOMPARE(written.constFirst().at(1).value<SecretStore::Status>(), SecretStore::Status::Unavailable);
        QVERIFY(!written.constFirst().at(2).toString().isEmpty());
    }

    void runSecretsStayInMemoryUntilForgotten()
    {
        MemorySecretStore store;
        FeedSecrets secrets(&store);
        const Subscription feed = privateFeed(QStringLiteral("https://example.org/members.json"));
        QVERIFY(!secrets.hasRunSecret(feed.id));
        secrets.keepForThisRun(feed.id, QStringLiteral("token-2"));
        QVERIFY(secrets.hasRunSecret(feed.id));
        QCOMPARE(secrets.runSecret(feed.id), QStringLiteral("token-2"));
        // Never written to the keychain by keeping it for this run.
        QSignalSpy storeRead(&store, &SecretStore::readFinished);
        store.read(secretKeyFor(feed));
        QVERIFY(storeRead.wait());
        QCOMPARE(storeRead.constFirst().at(2).value<SecretStore::Status>(), SecretStore::Status::NotFound);
        secrets.forget(feed);
        QVERIFY(!secrets.hasRunSecret(feed.id));
    }
};

QTEST_GUILESS_MAIN(TestFeedSecrets)
#include "tst_feedsecrets.moc"
