#include "library/feedstatus.h"

#include <QTest>

using namespace Attend;

namespace {

FeedStatusInput input()
{
    FeedStatusInput in;
    in.now = QDateTime(QDate(2026, 2, 1), QTime(10, 15), Qt::UTC);
    in.zone = QTimeZone("Europe/Brussels");
    in.hasCopy = true;
    in.info.downloadedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 42), Qt::UTC);
    in.info.checkedAt = QDateTime(QDate(2026, 2, 1), QTime(10, 15), Qt::UTC);
    return in;
}

} // namespace

class TestFeedStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updatedAndChecked()
    {
        QCOMPARE(feedStatusText(input()), QStringLiteral("Updated 10:42 · checked 11:15"));
    }

    void offlineShowsTheCopy()
    {
        FeedStatusInput in = input();
        in.info.lastError = QStringLiteral("host not found: fosdem.org");
        in.info.lastErrorIsOffline = true;
        QCOMPARE(feedStatusText(in), QStringLiteral("Offline — showing the copy from 10:42"));
    }

    void aServerOrFeedProblemSaysWhat()
    {
        FeedStatusInput in = input();
        in.info.lastError = QStringLiteral("HTTP 404 Not Found");
        QCOMPARE(feedStatusText(in), QStringLiteral("Could not update (HTTP 404 Not Found) — showing the copy from 10:42"));
    }

    void anotherDayCarriesItsDate()
    {
        FeedStatusInput in = input();
        in.info.downloadedAt = in.info.downloadedAt.addDays(-1);
        QVERIFY2(feedStatusText(in).startsWith(QStringLiteral("Updated 31 Jan 2026 10:42")), qPrintable(feedStatusText(in)));
    }

    void busyWithProgress()
    {
        FeedStatusInput in = input();
        in.busy = true;
        QCOMPARE(feedStatusText(in), QStringLiteral("Checking for updates…"));
        in.hasCopy = false;
        in.received = 450;
        in.total = 1000;
        QCOMPARE(feedStatusText(in), QStringLiteral("Downloading… 45%"));
    }

    void retryAfterIsShown()
    {
        FeedStatusInput in = input();
        in.info.lastError = QStringLiteral("HTTP 503 Service Unavailable");
        in.info.retryAfter = in.now.addSecs(3600);
        QVERIFY(feedStatusText(in).endsWith(QStringLiteral(" · the server asked to wait until 12:15")));
    }

    void builtIn()
    {
        FeedStatusInput in;
        in.builtIn = true;
        QCOMPARE(feedStatusText(in), QStringLiteral("Built into Attend"));
    }
};

QTEST_GUILESS_MAIN(TestFeedStatus)
#include "tst_feedstatus.moc"
