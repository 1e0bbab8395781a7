// The headers that say when to come back, read with "now" pinned: no network, no clock.

#include "network/fetchtypes.h"
#include "network/httpheaders.h"

#include <QTest>

using namespace Attend;
using namespace Attend::HttpHeaders;

namespace {
const QDateTime now(QDate(2026, 2, 1), QTime(9, 30, 0), Qt::UTC);
} // namespace

class TestHttpHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpDate_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime nov6(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        // RFC 9110 §5.6.7's own three examples.
        QTest::addRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << nov6;
        QTest::addRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << nov6;
        QTest::addRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << nov6;
        QTest::addRow("RFC 850, this century") << QByteArray("Sunday, 01-Feb-26 10:00:00 GMT")
                                               << QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
        QTest::addRow("wrong day name is ignored") << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT") << nov6;
        QTest::addRow("empty") << QByteArray() << QDateTime();
        QTest::addRow("not a date") << QByteArray("tomorrow") << QDateTime();
        QTest::addRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37") << QDateTime();
        QTest::addRow("another zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << QDateTime();
        QTest::addRow("month 13") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
        QTest::addRow("25 o'clock") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << QDateTime();
    }
    void httpDate()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseHttpDate(value);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        QTest::addRow("seconds") << QByteArray("120") << now.addSecs(120);
        QTest::addRow("seconds, spaces around") << QByteArray("  120 ") << now.addSecs(120);
        QTest::addRow("zero seconds") << QByteArray("0") << now;
        QTest::addRow("seconds, capped to a year") << QByteArray("99999999999") << now.addSecs(maxServerDelaySeconds);
        QTest::addRow("seconds, longer than qint64") << QByteArray("123456789012345678901234567890") << now.addSecs(maxServerDelaySeconds);
        QTest::addRow("HTTP-date") << QByteArray("Sun, 01 Feb 2026 10:00:00 GMT") << QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
        QTest::addRow("HTTP-date in the past, kept as said") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                                            << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::addRow("HTTP-date years ahead, capped to a year") << QByteArray("Fri, 01 Feb 2036 10:00:00 GMT")
                                                                 << now.addSecs(maxServerDelaySeconds);
        QTest::addRow("absent") << QByteArray() << QDateTime();
        QTest::addRow("blank") << QByteArray("   ") << QDateTime();
        QTest::addRow("negative") << QByteArray("-5") << QDateTime();
        QTest::addRow("plus sign") << QByteArray("+5") << QDateTime();
        QTest::addRow("fraction") << QByteArray("1.5") << QDateTime();
        QTest::addRow("unit") << QByteArray("120s") << QDateTime();
        QTest::addRow("garbage") << QByteArray("soon, please") << QDateTime();
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseRetryAfter(value, now);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed, expected);
    }

    void retryAfterCountsFromTheNowGiven()
    {
        const QDateTime later = now.addDays(3);
        QCOMPARE(parseRetryAfter("60", later), later.addSecs(60));
        // A local "now" is the same instant: the answer is in UTC.
        const QDateTime local = now.toOffsetFromUtc(3600);
        QCOMPARE(parseRetryAfter("60", local), now.addSecs(60));
        QCOMPARE(parseRetryAfter("60", local).timeSpec(), Qt::UTC);
        QVERIFY(!parseRetryAfter("60", QDateTime()).isValid());
    }

    void maxAge_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::addRow("max-age") << QByteArray("max-age=300") << qint64(300);
        QTest::addRow("among others") << QByteArray("public, max-age=600, must-revalidate") << qint64(600);
        QTest::addRow("upper case") << QByteArray("Public, MAX-AGE=60") << qint64(60);
        QTest::addRow("quoted") << QByteArray("max-age=\"90\"") << qint64(90);
        QTest::addRow("zero") << QByteArray("max-age=0") << qint64(0);
        QTest::addRow("no-cache") << QByteArray("no-cache") << qint64(0);
        QTest::addRow("no-store beats max-age") << QByteArray("max-age=600, no-store") << qint64(0);
        QTest::addRow("capped to a year") << QByteArray("max-age=1000000000000000000000") << maxServerDelaySeconds;
        QTest::addRow("absent") << QByteArray() << qint64(-1);
        QTest::addRow("other directives only") << QByteArray("public, immutable") << qint64(-1);
        QTest::addRow("negative") << QByteArray("max-age=-1") << qint64(-1);
        QTest::addRow("not a number") << QByteArray("max-age=soon") << qint64(-1);
        QTest::addRow("exponent") << QByteArray("max-age=1e300") << qint64(-1);
        QTest::addRow("empty value") << QByteArray("max-age=") << qint64(-1);
        QTest::addRow("s-maxage is for shared caches") << QByteArray("s-maxage=60") << qint64(-1);
    }
    void maxAge()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const std::optional<qint64> parsed = parseMaxAge(value);
        QCOMPARE(parsed.has_value(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(*parsed, expected);
    }
};

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "tst_httpheaders.moc"
