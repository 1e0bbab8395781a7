#include "library/refreshpolicy.h"

#include <QTest>

using namespace Attend;
using namespace std::chrono_literals;

namespace {
const QDateTime noon(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
}

class TestRefreshPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverAskedIsDueNow()
    {
        QVERIFY(!nextRefreshAt(CachedFeedInfo(), 30min, 1.0).isValid());
    }

    void oneIntervalAfterTheLatestAttemptScaledByTheJitter()
    {
        CachedFeedInfo info;
        info.checkedAt = noon;
        info.lastAttemptAt = noon;
        QCOMPARE(nextRefreshAt(info, 30min, 1.0), noon.addSecs(30 * 60));
        QCOMPARE(nextRefreshAt(info, 30min, 0.8), noon.addSecs(24 * 60));
        QCOMPARE(nextRefreshAt(info, 30min, 1.2), noon.addSecs(36 * 60));
        info.lastAttemptAt = noon.addSecs(600); // a later failed try counts from then
        QCOMPARE(nextRefreshAt(info, 30min, 1.0), noon.addSecs(40 * 60));
    }

    void jitterStaysWithinTwentyPercentAndVaries()
    {
        double low = 2;
        double high = 0;
        for (int i = 0; i < 2000; ++i) {
            const double factor = randomJitterFactor();
            QVERIFY(factor >= 0.8 && factor <= 1.2);
            low = std::min(low, factor);
            high = std::max(high, factor);
        }
        QVERIFY(low < 0.85);
        QVERIFY(high > 1.15);
    }

    void maxAgeHoldsOffTheNextAskUpToADay()
    {
        CachedFeedInfo info;
        info.checkedAt = info.lastAttemptAt = noon;
        info.maxAgeSeconds = 3 * 3600;
        QCOMPARE(nextRefreshAt(info, 30min, 1.0), noon.addSecs(3 * 3600));
        info.maxAgeSeconds = 60; // shorter than the interval: the interval rules
        QCOMPARE(nextRefreshAt(info, 30min, 1.0), noon.addSecs(30 * 60));
        info.maxAgeSeconds = 365LL * 24 * 3600; // careless header: capped
        QCOMPARE(nextRefreshAt(info, 30min, 1.0), noon.addSecs(maxAgeCapSeconds));
    }

    void retryAfterIsHonoured()
    {
        CachedFeedInfo info;
        info.checkedAt = info.lastAttemptAt = noon;
        info.lastError = QStringLiteral("HTTP 503 Service Unavailable");
        info.retryAfter = noon.addSecs(2 * 3600);
        QCOMPARE(nextRefreshAt(info, 30min, 1.0), noon.addSecs(2 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestRefreshPolicy)
#include "tst_refreshpolicy.moc"
