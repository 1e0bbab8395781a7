// The conference switcher's list: the built-in agenda first, every role, and a reset that the
// model tester accepts.
#include "models/conferencelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Attend;

namespace {
Subscription builtIn()
{
    Subscription subscription;
    subscription.id = Subscription::builtInId();
    subscription.title = QStringLiteral("RethinkConn 2022");
    return subscription;
}

Subscription followed(const QString &url, const QString &title, FeedCredentials::Kind auth = FeedCredentials::Kind::None)
{
    Subscription subscription;
    subscription.url = QUrl(url);
    subscription.id = subscriptionIdFor(subscription.url);
    subscription.title = title;
    subscription.auth = auth;
    return subscription;
}
} // namespace

class TestConferenceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryRole()
    {
        ConferenceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const Subscription fosdem = followed(QStringLiteral("https://fosdem.org/2026/schedule/xml"), QStringLiteral("FOSDEM 2026"));
        const Subscription local = followed(QStringLiteral("file:///home/ann/democon.xml"), QString());
        const Subscription members = followed(QStringLiteral("https://members.example/feed.ics"), QStringLiteral("Members"),
                                              FeedCredentials::Kind::Bearer);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSubscriptions({builtIn(), fosdem, local, members}, fosdem.id);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(model.index(0)), 0);

        auto at = [&model](int row, int role) { return model.index(row).data(role); };
        QCOMPARE(at(0, ConferenceListModel::IdRole).toString(), QStringLiteral("builtin"));
        QCOMPARE(at(0, ConferenceListModel::TitleRole).toString(), QStringLiteral("RethinkConn 2022"));
        QCOMPARE(at(0, ConferenceListModel::DetailRole).toString(), QStringLiteral("Built in"));
        QCOMPARE(at(0, ConferenceListModel::RemovableRole).toBool(), false);
        QCOMPARE(at(0, ConferenceListModel::CurrentRole).toBool(), false);

        QCOMPARE(at(1, ConferenceListModel::TitleRole).toString(), QStringLiteral("FOSDEM 2026"));
        QCOMPARE(at(1, Qt::DisplayRole).toString(), QStringLiteral("FOSDEM 2026"));
        QCOMPARE(at(1, ConferenceListModel::DetailRole).toString(), QStringLiteral("fosdem.org"));
        QCOMPARE(at(1, ConferenceListModel::CurrentRole).toBool(), true);
        QCOMPARE(at(1, ConferenceListModel::RemovableRole).toBool(), true);
        QCOMPARE(at(1, ConferenceListModel::PrivateRole).toBool(), false);

        // No title yet: the address stands in; a local file shows its path.
        QCOMPARE(at(2, ConferenceListModel::TitleRole).toString(), QStringLiteral("file:///home/ann/democon.xml"));
        QCOMPARE(at(2, ConferenceListModel::DetailRole).toString(), QStringLiteral("/home/ann/democon.xml"));
        QCOMPARE(at(3, ConferenceListModel::PrivateRole).toBool(), true);
        QCOMPARE(at(3, 12345), QVariant());

        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(ConferenceListModel::IdRole), QByteArray("conferenceId"));
        QCOMPARE(names.value(ConferenceListModel::PrivateRole), QByteArray("needsCredentials"));
        QCOMPARE(names.size(), 6);

        model.setSubscriptions({builtIn()}, Subscription::builtInId());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(at(0, ConferenceListModel::CurrentRole).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestConferenceListModel)
#include "tst_conferencelistmodel.moc"
