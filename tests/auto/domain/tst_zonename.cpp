#include "../filetestsupport.h"
#include "domain/conference.h"
#include "domain/zonename.h"
#include "app/commandline.h"
#include "feed/feedreader.h"
#include "models/timeformatter.h"

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
using namespace AttendTest;

namespace {

/**
 * `work` run on a thread of its own, so that a name that makes QTimeZone open a FIFO or spin fails
 * the test instead of hanging it. A reader blocked on `fifo` is released afterwards.
 */
template<typename Work>
auto runWithin(Work work, const QString &what, const QByteArray &fifo = {}) -> std::optional<decltype(work())>
{
    using Result = decltype(work());
    std::packaged_task<Result()> task(std::move(work));
    std::future<Result> result = task.get_future();
    std::thread thread(std::move(task));
    if (result.wait_for(std::chrono::seconds(2)) == std::future_status::ready) {
        thread.join();
        return result.get();
    }
    if (fifo.isEmpty())
        qFatal("%s did not return within 2 s: it spins", qPrintable(what));
    // Opening the write end lets the blocked reader go on, so the test can report and end.
    const int writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
    if (writer >= 0)
        ::close(writer);
    thread.join();
    return std::nullopt;
}

std::optional<std::optional<QTimeZone>> lookUpWithin(const QString &name, const QByteArray &fifo = {})
{
    return runWithin([name] { return zoneFromName(name); }, name, fifo);
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
        const auto looked = lookUpWithin(name);
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
            const auto looked = lookUpWithin(name, fifo);
            QVERIFY2(looked.has_value(), qPrintable(QStringLiteral("blocked on the FIFO: ") + name));
            QVERIFY(!looked->has_value());
            QVERIFY(timer.elapsed() < 2000);
        }
    }

    // A feed's zone name that is a path or a rule reads as no zone name at all: the same fallback
    // (here UTC, and the UI says it assumed so), at once.
    void feedZoneNamesAreNotPaths_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("declaration"); // to remove for the feed's zone-less twin
        const QString regressions = QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/");
        QTest::addRow("xml-dev-stdin") << regressions + QStringLiteral("xml/zone-name-dev-stdin-path.xml")
                                       << QByteArray("<time_zone_name>../../../../dev/stdin</time_zone_name>");
        QTest::addRow("xml-posix-month-51") << regressions + QStringLiteral("xml/zone-name-posix-month-51.xml")
                                            << QByteArray("<time_zone_name>ABC-1DEF,M51.5.0,M10.5.0</time_zone_name>");
        QTest::addRow("json-dev-stdin") << regressions + QStringLiteral("json/zone-name-dev-stdin-path.json")
                                        << QByteArray("\"time_zone_name\": \"../../../../dev/stdin\",");
    }
    void feedZoneNamesAreNotPaths()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, declaration);
        const QByteArray data = fileContents(file);
        QVERIFY(data.contains(declaration));
        QByteArray twin = data;
        twin.replace(declaration, QByteArray());
        const ParseResult expected = FeedReader::readData(twin, file);
        QVERIFY(expected.ok);

        const std::optional<ParseResult> read = runWithin([&] { return FeedReader::readData(data, file); }, file);
        QVERIFY2(read.has_value(), "blocked");
        QVERIFY2(read->ok, qPrintable(read->error.message));
        QCOMPARE(read->conference.zoneSource, expected.conference.zoneSource);
        QCOMPARE(read->conference.timeZone, expected.conference.timeZone);
        QCOMPARE(read->conference.sessions.constFirst().start, expected.conference.sessions.constFirst().start);
    }

    void feedZoneNameNeverOpensAFifo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("zone")));
        QVERIFY(::mkfifo(fifo.constData(), 0600) == 0);
        QByteArray data = fileContents(QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/xml/zone-name-dev-stdin-path.xml"));
        data.replace("../../../../dev/stdin", "../../../../../../../.." + fifo);
        QVERIFY(data.contains(fifo));
        QElapsedTimer timer;
        timer.start();
        const std::optional<ParseResult> read = runWithin([&] { return FeedReader::readData(data, QStringLiteral("fifo.xml")); },
                                                          QStringLiteral("fifo.xml"), fifo);
        QVERIFY2(read.has_value(), "the reader opened the FIFO named as the zone and blocked");
        QVERIFY(read->ok);
        QCOMPARE(read->conference.zoneSource, ZoneSource::AssumedUtc);
        QVERIFY(timer.elapsed() < 2000);
    }

    // `--tz` and the Settings zone take the same names, and refuse the same ones.
    void commandLineAndSettingsUseTheCheck()
    {
        const QString posix = QStringLiteral("ABC-1DEF,M51.5.0,M10.5.0");
        const QString path = QStringLiteral("../../../../dev/stdin");
        const auto known = runWithin([&] { return std::make_pair(isKnownZone(posix), isKnownZone(path)); }, posix);
        QVERIFY(known.has_value());
        QVERIFY(!known->first);
        QVERIFY(!known->second);
        QVERIFY(isKnownZone(QStringLiteral("US/Pacific")));
        QVERIFY(isKnownZone(QStringLiteral("UTC+05:30")));
        QCOMPARE(resolveDisplayZone(QStringLiteral("Asia/Calcutta"), Conference()).offsetFromUtc(QDateTime::currentDateTimeUtc()),
                 5 * 3600 + 1800);
        QVERIFY(!resolveDisplayZone(path, Conference()).isValid());

        TimeFormatter formatter;
        const auto set = runWithin([&] { return formatter.setViewerZoneId(posix); }, posix);
        QVERIFY(set.has_value());
        QVERIFY(!*set);
        QVERIFY(formatter.setViewerZoneId(QStringLiteral("Europe/Kiev")));
        QCOMPARE(formatter.displayZone().offsetFromUtc(QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC)), 2 * 3600);
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

    // What a zone is called on screen: its own abbreviation where it has one, else a readable offset.
    void labelsUseAbbreviationsOrReadableOffsets_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("label");
        const QDateTime winter(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
        const QDateTime summer(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
        QTest::addRow("London winter") << QByteArray("Europe/London") << winter << QStringLiteral("GMT");
        QTest::addRow("London summer") << QByteArray("Europe/London") << summer << QStringLiteral("BST");
        QTest::addRow("Brussels winter") << QByteArray("Europe/Brussels") << winter << QStringLiteral("CET");
        QTest::addRow("Brussels summer") << QByteArray("Europe/Brussels") << summer << QStringLiteral("CEST");
        QTest::addRow("Los Angeles winter") << QByteArray("America/Los_Angeles") << winter << QStringLiteral("PST");
        QTest::addRow("Los Angeles summer") << QByteArray("America/Los_Angeles") << summer << QStringLiteral("PDT");
        QTest::addRow("Dubai (+04)") << QByteArray("Asia/Dubai") << winter << QStringLiteral("UTC+4");
        QTest::addRow("São Paulo (-03)") << QByteArray("America/Sao_Paulo") << winter << QStringLiteral("UTC\u22123");
        QTest::addRow("Kathmandu (+0545)") << QByteArray("Asia/Kathmandu") << winter << QStringLiteral("UTC+5:45");
        QTest::addRow("UTC") << QByteArray("UTC") << winter << QStringLiteral("UTC");
        QTest::addRow("fixed offset") << QByteArray("UTC+05:30") << winter << QStringLiteral("UTC+5:30");
        QTest::addRow("fixed negative") << QByteArray("UTC-03:00") << winter << QStringLiteral("UTC\u22123");
    }
    void labelsUseAbbreviationsOrReadableOffsets()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, at);
        QFETCH(QString, label);
        const QTimeZone timeZone(zone);
        QVERIFY(timeZone.isValid());
        QCOMPARE(zoneAbbreviation(timeZone, at), label);
    }
};

QTEST_GUILESS_MAIN(TestZoneName)
#include "tst_zonename.moc"
