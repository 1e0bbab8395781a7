// Attend's files are the person's alone: 0600 files in 0700 folders, whatever the umask, and an
// older Attend's 0644/0755 ones tightened on the next write.

#include "../filetestsupport.h"
#include "domain/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Attend;
using namespace AttendTest;

namespace {

/** Runs with a umask that lets everyone read, as most desktops have (022). */
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileAndFoldersArePrivate()
    {
        Umask umask(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attend/feeds/0123/feed.json"));
        QString error;
        QVERIFY2(writePrivateFile(path, "{}", &error), qPrintable(error));
        QCOMPARE(unixMode(path), 0600);
        QCOMPARE(unixMode(dir.filePath(QStringLiteral("attend/feeds/0123"))), 0700);
        QCOMPARE(unixMode(dir.filePath(QStringLiteral("attend/feeds"))), 0700);
        QCOMPARE(unixMode(dir.filePath(QStringLiteral("attend"))), 0700);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{}"));
    }

    void wideFilesAndFoldersAreTightenedOnTheNextWrite()
    {
        Umask umask(022);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("attend"));
        const QString path = folder + QStringLiteral("/conferences.json");
        QVERIFY(QDir().mkpath(folder));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

        QVERIFY(writePrivateFile(path, "new"));
        QCOMPARE(unixMode(path), 0600);
        QCOMPARE(unixMode(folder), 0700);
    }

    void existingParentsAreLeftAlone()
    {
        // Only Attend's own folder is tightened, not the person's ~/.local/share above it.
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QVERIFY(makePrivateFolder(dir.filePath(QStringLiteral("attend"))));
        QCOMPARE(unixMode(dir.path()), 0755);
        QCOMPARE(unixMode(dir.filePath(QStringLiteral("attend"))), 0700);
    }

    void aFileWhereTheFolderShouldBeFails()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("attend")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!writePrivateFile(dir.filePath(QStringLiteral("attend/schedule.json")), "{}", &error));
        QVERIFY2(error.contains(QStringLiteral("attend")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
