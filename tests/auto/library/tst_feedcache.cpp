// A feed's kept copy and its info: private on disk, never holding a password, and read back
// without trusting the numbers in it.

#include "../filetestsupport.h"
#include "library/conferencelibrary.h"
#include "library/feedcache.h"
#include "domain/conferenceequality.h"
#include "domain/conferencesnapshot.h"
#include "feed/feedreader.h"
#include "schedule/schedulestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/types.h>

using namespace Attend;
using namespace AttendTest;

namespace {
void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace

class TestFeedCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyAndInfoArePrivate()
    {
        const mode_t oldMask = ::umask(022);
        QTemporaryDir dir;
        FeedCache cache(dir.filePath(QStringLiteral("feeds/0123456789abcdef")));
        CachedFeedInfo info;
        info.url = QUrl(QStringLiteral("https://example.org/members.xml"));
        QString error;
        const bool stored = cache.storeCopy("<schedule/>", info, &error);
        ::umask(oldMask);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(unixMode(cache.copyPath()), 0600);
        QCOMPARE(unixMode(cache.infoPath()), 0600);
        QCOMPARE(unixMode(cache.directory()), 0700);
        QCOMPARE(unixMode(dir.filePath(QStringLiteral("feeds"))), 0700);
    }

    void aCopyKeptByAnOlderAttendIsTightened()
    {
        QTemporaryDir dir;
        FeedCache cache(dir.filePath(QStringLiteral("feed")));
        QVERIFY(cache.storeCopy("<schedule/>", CachedFeedInfo()));
        QVERIFY(::chmod(QFile::encodeName(cache.copyPath()).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(cache.infoPath()).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(cache.directory()).constData(), 0755) == 0);
        QVERIFY(cache.storeCopy("<schedule/>", CachedFeedInfo()));
        QCOMPARE(unixMode(cache.copyPath()), 0600);
        QCOMPARE(unixMode(cache.infoPath()), 0600);
        QCOMPARE(unixMode(cache.directory()), 0700);
    }

    void infoNeverHoldsAPassword()
    {
        QTemporaryDir dir;
        FeedCache cache(dir.filePath(QStringLiteral("feed")));
        CachedFeedInfo info;
        info.url = QUrl(QStringLiteral("https://user:pw-in-address@example.org/members.xml"));
        QVERIFY(cache.storeInfo(info));
        QVERIFY(!fileContents(cache.infoPath()).contains("pw-in-address"));
        QCOMPARE(cache.info().url, QUrl(QStringLiteral("https://example.org/members.xml")));
    }

    void maxAgeReadBackIsClamped_data()
    {
        QTest::addColumn<QByteArray>("maxAge"); // as written in the JSON
        QTest::addColumn<qint64>("expected");   // -1: none
        QTest::addRow("a minute") << QByteArray("60") << 60LL;
        QTest::addRow("twenty digits") << QByteArray("99999999999999999999") << maxServerDelaySeconds;
        QTest::addRow("1e300") << QByteArray("1e300") << maxServerDelaySeconds;
        QTest::addRow("negative") << QByteArray("-60") << -1LL;
        QTest::addRow("negative twenty digits") << QByteArray("-99999999999999999999") << -1LL;
        QTest::addRow("a string") << QByteArray("\"60\"") << -1LL;
        QTest::addRow("null") << QByteArray("null") << -1LL;
    }
    void maxAgeReadBackIsClamped()
    {
        QFETCH(QByteArray, maxAge);
        QFETCH(qint64, expected);
        QTemporaryDir dir;
        FeedCache cache(dir.path());
        QFile info(cache.infoPath());
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.write("{\"version\": 1, \"url\": \"https://example.org/x.xml\", \"maxAge\": " + maxAge + "}");
        info.close();
        QCOMPARE(cache.info().maxAgeSeconds, expected < 0 ? std::nullopt : std::optional<qint64>(expected));
    }

    // The parsed copy is kept beside it as a snapshot: the next read takes the snapshot, a changed
    // copy or a damaged snapshot is parsed again (and the snapshot rebuilt), never shown stale.
    void theSnapshotStandsForItsCopyOnly()
    {
        QTemporaryDir dir;
        FeedCache cache(dir.filePath(QStringLiteral("feed")));
        QFile democon(QStringLiteral(ATTEND_TEST_DATA "/feeds/pretalx-democon-2022.xml"));
        QVERIFY(democon.open(QIODevice::ReadOnly));
        const QByteArray bytes = democon.readAll();
        const ParseResult parsed = FeedReader::readData(bytes, QStringLiteral("democon"));
        QVERIFY(parsed.ok);

        QVERIFY(cache.storeCopy(bytes, CachedFeedInfo()));
        QVERIFY(!QFile::exists(cache.snapshotPath()));
        FeedCache::ReadFrom from = FeedCache::ReadFrom::Nothing;
        ParseResult read = cache.readConference(QStringLiteral("democon"), &from);
        QVERIFY(read.ok);
        QCOMPARE(from, FeedCache::ReadFrom::Copy); // no snapshot yet: parsed, and the snapshot made
        QVERIFY(read.conference == parsed.conference);
        QCOMPARE(unixMode(cache.snapshotPath()), 0600);

        read = cache.readConference(QStringLiteral("democon"), &from);
        QCOMPARE(from, FeedCache::ReadFrom::Snapshot);
        QVERIFY(read.conference == parsed.conference);

        // A damaged snapshot: parsed from the copy again, and a good snapshot written.
        QByteArray snapshot = fileContents(cache.snapshotPath());
        snapshot[snapshot.size() / 2] = char(snapshot.at(snapshot.size() / 2) ^ 1);
        writeAll(cache.snapshotPath(), snapshot);
        read = cache.readConference(QStringLiteral("democon"), &from);
        QCOMPARE(from, FeedCache::ReadFrom::Copy);
        QVERIFY(read.conference == parsed.conference);
        cache.readConference(QStringLiteral("democon"), &from);
        QCOMPARE(from, FeedCache::ReadFrom::Snapshot);

        // Cut short: the same.
        writeAll(cache.snapshotPath(), fileContents(cache.snapshotPath()).first(100));
        read = cache.readConference(QStringLiteral("democon"), &from);
        QCOMPARE(from, FeedCache::ReadFrom::Copy);
        QVERIFY(read.conference == parsed.conference);

        // The copy changed behind the snapshot's back, same size (an edit in place): the copy wins.
        QByteArray edited = bytes;
        const qsizetype at = edited.indexOf("<title>") + 7;
        edited[at] = edited.at(at) == 'Z' ? 'Y' : 'Z';
        writeAll(cache.copyPath(), edited);
        read = cache.readConference(QStringLiteral("democon"), &from);
        QCOMPARE(from, FeedCache::ReadFrom::Copy);
        QVERIFY(read.ok);
        QVERIFY(read.conference == FeedReader::readData(edited, QStringLiteral("democon")).conference);
        QVERIFY(!(read.conference == parsed.conference));

        // A new copy stored with what it parsed into: its snapshot is ready at once.
        QVERIFY(cache.storeCopy(bytes, CachedFeedInfo(), nullptr, &parsed.conference));
        read = cache.readConference(QStringLiteral("democon"), &from);
        QCOMPARE(from, FeedCache::ReadFrom::Snapshot);
        QVERIFY(read.conference == parsed.conference);

        // Stored without it: the old snapshot goes (it stands for another copy).
        QVERIFY(cache.storeCopy(edited, CachedFeedInfo()));
        QVERIFY(!QFile::exists(cache.snapshotPath()));
    }

    void regressionInputs()
    {
        // tests/data/fuzz-regressions/feedinfo: each reads back with a max-age of at most a year.
        const QDir dir(QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/feedinfo"));
        const QStringList names = dir.entryList(QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QTemporaryDir copy;
            QVERIFY(QFile::copy(dir.filePath(name), copy.filePath(QStringLiteral("feed.json"))));
            const CachedFeedInfo info = FeedCache(copy.path()).info();
            QVERIFY2(!info.maxAgeSeconds || (*info.maxAgeSeconds >= 0 && *info.maxAgeSeconds <= maxServerDelaySeconds), qPrintable(name));
        }
    }

    // Attend's own files are read with a cap too: a FIFO (or a device) put in the place of a kept
    // copy, its info, the library or the schedule is refused at once, never read or waited on.
    void ownFilesThatAreNotFilesAreRefusedAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const FeedCache cache(dir.filePath(QStringLiteral("feed")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("feed"))));
        for (const QString &path : {cache.copyPath(), cache.infoPath(), dir.filePath(QStringLiteral("conferences.json")),
                                    dir.filePath(QStringLiteral("schedule.json"))})
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!cache.readCopy(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache.info().maxAgeSeconds);
        ConferenceLibrary library(dir.filePath(QStringLiteral("conferences.json")));
        error.clear();
        QVERIFY(!library.load(&error));
        QVERIFY(!error.isEmpty());
        const ScheduleStore::LoadResult schedule = ScheduleStore(dir.filePath(QStringLiteral("schedule.json"))).load();
        QVERIFY(schedule.status != ScheduleStore::Status::Loaded);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFeedCache)
#include "tst_feedcache.moc"
