#include "domain/zonename.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Attend;

namespace {

/**
 * zoneFromName(name) run on a thread of its own, so that a name that makes QTimeZone open a FIFO
 * or spin fails the test instead of hanging it. A blocked open of `fifo` is released afterwards.
 */
std::optional<std::optional<QTimeZone>> lookUpWithin(const QString &name, std::chrono::milliseconds limit,
                                                     const QByteArray &fifo = {})
{
    std::packaged_task<std::optional<QTimeZone>()> task([name] { return zoneFromName(name); });
    std::future<std::optional<QTimeZone>> result = task.get_future();
    std::thread thread(std::move(task));
    if (result.wait_for(limit) == std::future_status::ready) {
        thread.join();
        return result.get();
    }
    if (fifo.isEmpty())
        qFatal("zoneFromName(\"%s\") did not return: it spins", qPrintable(name));
    // Opening the write end lets the blocked reader go on, so the test can report and end.
    const int writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
    if (writer >= 0)
        ::close(writer);
    thread.join();
    return std::nullopt;
}

} // namespace

class TestZoneName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesHostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("empty") << QString();
        QTest::addRow("blank") << QStringLiteral("   ");
        QTest::addRow("dev-stdin-upwards") << QStringLiteral("../../../../dev/stdin");
        QTest::addRow("absolute-path") << QStringLiteral("/etc/passwd");
        QTest::addRow("absolute-zone-file") << QStringLiteral("/usr/share/zoneinfo/Europe/Paris");
        QTest::addRow("dots-inside") << QStringLiteral("Europe/../Europe/Paris");
        QTest::addRow("posix-month-51") << QStringLiteral("ABC-1DEF,M51.5.0,M10.5.0");
        QTest::addRow("posix-rule") << QStringLiteral("CET-1CEST,M3.5.0,M10.5.0/3");
        QTest::addRow("posix-no-rule") << QStringLiteral("ABC-1DEF");
        QTest::addRow("posix-angle") << QStringLiteral("<+03>-3");
        QTest::addRow("65-chars") << (QStringLiteral("Europe/") + QString(58, QLatin1Char('A')));
        QTest::addRow("very-long") << QString(100000, QLatin1Char('A'));
        QTest::addRow("not-a-zone") << QStringLiteral("Europe/Atlantis");
        QTest::addRow("non-ascii") << QStringLiteral("Europe/Zürich");
        QTest::addRow("space") << QStringLiteral("Europe/ Paris");
        QTest::addRow("offset-too-far") << QStringLiteral("UTC+15:00");
        QTest::addRow("offset-bad-minutes") << QStringLiteral("UTC+01:75");
        QTest::addRow("offset-seconds") << QStringLiteral("UTC+01:00:30");
        QTest::addRow("tzdata-source") << QStringLiteral("tzdata.zi");
    }
    void refusesHostileNames()
    {
        QFETCH(QString, name);
        const auto looked = lookUpWithin(name, std::chrono::seconds(2));
        QVERIFY2(looked.has_value(), "the look-up did not return within 2 s");
        if (looked->has_value())
            QFAIL(qPrintable(QStringLiteral("accepted as ") + QString::fromLatin1(looked->value().id())));
    }

    // A FIFO blocks whoever opens it for reading until a writer comes: QTimeZone opened the path.
    void neverOpensAFifo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("zone")));
        QVERIFY(::mkfifo(fifo.constData(), 0600) == 0);
        const QString upwards = QStringLiteral("../../../../../../../..") + QFile::decodeName(fifo);
        for (const QString &name : {QFile::decodeName(fifo), upwards}) {
            QElapsedTimer timer;
            timer.start();
            const auto looked = lookUpWithin(name, std::chrono::seconds(2), fifo);
            QVERIFY2(looked.has_value(), qPrintable(QStringLiteral("blocked on the FIFO: ") + name));
            QVERIFY(!looked->has_value());
            QVERIFY(timer.elapsed() < 2000);
        }
    }

    void acceptsIanaNamesAndAliases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("offsetInJanuary"); // 2024-01-15 12:00 UTC, in seconds
        QTest::addRow("listed") << QStringLiteral("Europe/Brussels") << 3600;
        QTest::addRow("three-parts") << QStringLiteral("America/Argentina/Buenos_Aires") << -3 * 3600;
        QTest::addRow("kiev") << QStringLiteral("Europe/Kiev") << 2 * 3600;
        QTest::addRow("calcutta") << QStringLiteral("Asia/Calcutta") << 5 * 3600 + 1800;
        QTest::addRow("us-pacific") << QStringLiteral("US/Pacific") << -8 * 3600;
        QTest::addRow("etc-utc") << QStringLiteral("Etc/UTC") << 0;
        QTest::addRow("utc") << QStringLiteral("UTC") << 0;
        QTest::addRow("cet") << QStringLiteral("CET") << 3600;
        QTest::addRow("etc-gmt-plus") << QStringLiteral("Etc/GMT+5") << -5 * 3600;
        QTest::addRow("padded") << QStringLiteral(" Asia/Tokyo\n") << 9 * 3600;
    }
    void acceptsIanaNamesAndAliases()
    {
        QFETCH(QString, name);
        QFETCH(int, offsetInJanuary);
        const std::optional<QTimeZone> zone = zoneFromName(name);
        QVERIFY(zone.has_value());
        QVERIFY(zone->isValid());
        QCOMPARE(zone->offsetFromUtc(QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC)), offsetInJanuary);
    }

    void acceptsFixedOffsets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("offset");
        QTest::addRow("hh:mm") << QStringLiteral("UTC+02:00") << 2 * 3600;
        QTest::addRow("negative") << QStringLiteral("UTC-05:00") << -5 * 3600;
        QTest::addRow("half-hour") << QStringLiteral("UTC+05:30") << 5 * 3600 + 1800;
        QTest::addRow("h") << QStringLiteral("UTC+1") << 3600;
        QTest::addRow("hh") << QStringLiteral("UTC-10") << -10 * 3600;
        QTest::addRow("fourteen") << QStringLiteral("UTC+14:00") << 14 * 3600;
    }
    void acceptsFixedOffsets()
    {
        QFETCH(QString, name);
        QFETCH(int, offset);
        const std::optional<QTimeZone> zone = zoneFromName(name);
        QVERIFY(zone.has_value());
        QCOMPARE(zone->offsetFromUtc(QDateTime::currentDateTimeUtc()), offset);
    }
};

QTEST_GUILESS_MAIN(TestZoneName)
#include "tst_zonename.moc"
