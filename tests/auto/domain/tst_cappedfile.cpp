#include "domain/cappedfile.h"
#include "domain/feedlimits.h"
#include "feed/feedreader.h"
#include "network/feedfetcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Attend;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString makeFifo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("feed.fifo"));
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    return path;
}
} // namespace

class TestCappedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsUpToTheCap()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("ten.xml"), QByteArray(10, 'x'));
        const CappedFile exact = readFileCapped(path, 10);
        QVERIFY(exact.ok());
        QCOMPARE(exact.data, QByteArray(10, 'x'));

        const CappedFile over = readFileCapped(path, 9);
        QCOMPARE(over.problem, CappedFile::Problem::TooLarge);
        QVERIFY(over.data.isEmpty());

        const CappedFile empty = readFileCapped(writeFile(dir, QStringLiteral("empty.xml"), {}), 10);
        QVERIFY(empty.ok());
        QVERIFY(empty.data.isEmpty());
    }

    void missingFileCannotBeOpened()
    {
        const CappedFile missing = readFileCapped(QStringLiteral("/nonexistent/feed.xml"), 100);
        QCOMPARE(missing.problem, CappedFile::Problem::CannotOpen);
        QVERIFY(!missing.detail.isEmpty());
    }

    void resourcesAreRead()
    {
        const CappedFile builtIn = readFileCapped(FeedReader::builtInPath(), FeedLimits::maxLocalFileBytes);
        QVERIFY(builtIn.ok());
        QVERIFY(builtIn.data.contains("<schedule"));
        QCOMPARE(readFileCapped(FeedReader::builtInPath(), 100).problem, CappedFile::Problem::TooLarge);
    }

    // Devices and FIFOs report a size of 0 and never end (or never start): refused before reading.
    void notRegularFilesAreRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("/dev/zero") << QStringLiteral("zero");
        QTest::addRow("fifo without a writer") << QStringLiteral("fifo");
        QTest::addRow("folder") << QStringLiteral("folder");
    }
    void notRegularFilesAreRefusedAtOnce()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = kind == QLatin1String("zero") ? QStringLiteral("/dev/zero")
                           : kind == QLatin1String("fifo") ? makeFifo(dir)
                                                           : dir.path();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(readFileCapped(path, FeedLimits::maxLocalFileBytes).problem, CappedFile::Problem::NotAFile);

        const ParseResult parsed = FeedReader::readFile(path);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error.toString(), path + QStringLiteral(": not a regular file (a folder, device or pipe cannot be a feed)"));

        const FetchResult fetched = FeedFetcher::readLocalFile(path);
        QCOMPARE(fetched.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(fetched.message.contains(QLatin1String("not a regular file")), qPrintable(fetched.message));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void localFilesMayBeLargerThanDownloads()
    {
        QVERIFY(FeedLimits::maxLocalFileBytes >= 100LL * 1000 * 1000);
        QTemporaryDir dir;
        // Over the download cap and under the local one: the file reader's cap is the local one.
        const QString path = dir.filePath(QStringLiteral("big.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(FeedLimits::maxDownloadBytes + 1)); // sparse: no disk space taken
        file.close();
        const FetchResult fetched = FeedFetcher::readLocalFile(path);
        QCOMPARE(fetched.outcome, FetchResult::Outcome::Downloaded);
        QCOMPARE(fetched.body.size(), FeedLimits::maxDownloadBytes + 1);
    }

    void overTheLocalCapIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(FeedLimits::maxLocalFileBytes + 1)); // sparse: no disk space taken
        file.close();
        const ParseResult parsed = FeedReader::readFile(path);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error.toString(), path + QStringLiteral(": too large for a schedule feed (more than 100 MB)"));
        const FetchResult fetched = FeedFetcher::readLocalFile(path);
        QCOMPARE(fetched.problem, FetchResult::Problem::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestCappedFile)
#include "tst_cappedfile.moc"
