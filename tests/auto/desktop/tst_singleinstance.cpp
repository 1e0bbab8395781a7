#include "desktop/handovermessage.h"
#include "desktop/singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <atomic>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace Attend;

namespace {

constexpr QFileDevice::Permissions modeBits = QFileDevice::Permissions(0x7777);

/** The rwx bits for owner, group and others as Unix writes them (0600, 0700). */
int unixMode(const QString &path)
{
    struct stat info{};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QByteArray header(quint32 length)
{
    char bytes[4];
    qToBigEndian(length, bytes);
    return QByteArray(bytes, 4);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime; // 0700, like $XDG_RUNTIME_DIR

    QString socketIn(const QString &name) const { return m_runtime.filePath(name); }

    /** A second launch runs in a thread of its own while this one's event loop answers, as a real second process would. */
    static bool handOverFromThread(const QString &path, const QStringList &arguments, int timeoutMs = 5000)
    {
        std::atomic<bool> handedOver = false;
        std::atomic<bool> done = false;
        std::thread second([&] {
            SingleInstance launch(path);
            handedOver = launch.handOver(arguments, timeoutMs);
            done = true;
        });
        const bool finished = QTest::qWaitFor([&] { return done.load(); }, timeoutMs + 2000);
        second.join();
        return finished && handedOver;
    }

    /** Connects, writes bytes and says how the running instance answered: what it wrote back, and whether it closed. */
    static QByteArray sendRaw(const QString &path, const QByteArray &bytes, bool *closed)
    {
        QLocalSocket socket;
        socket.connectToServer(path);
        if (!socket.waitForConnected(2000))
            return "not connected";
        socket.write(bytes);
        socket.flush();
        QByteArray answer;
        // Whether it closed in time is reported through *closed, below.
        static_cast<void>(QTest::qWaitFor([&] {
            answer += socket.readAll();
            return socket.state() == QLocalSocket::UnconnectedState;
        }, 3000));
        *closed = socket.state() == QLocalSocket::UnconnectedState;
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_runtime.isValid());
        QCOMPARE(unixMode(m_runtime.path()), 0700);
    }

    void secondLaunchHandsItsArgumentsOver()
    {
        SingleInstance first(socketIn(QStringLiteral("hand-over.socket")));
        QVERIFY(!first.handOver({QStringLiteral("attend")}, 300)); // nobody running yet
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        const QStringList arguments{QStringLiteral("attend"), QStringLiteral("--feed"), QStringLiteral("https://example.org/schedule.xml")};
        QVERIFY(handOverFromThread(first.socketPath(), arguments));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);
    }

    void staleSocketFromACrashDoesNotBlockStartUp()
    {
        // A crashed Attend leaves its socket file behind, with nobody listening on it.
        const QString path = socketIn(QStringLiteral("stale.socket"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof(address.sun_path));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd); // the file stays: nobody unlinks it
        QVERIFY(QFile::exists(path));

        SingleInstance next(path);
        QVERIFY(!next.handOver({QStringLiteral("attend")}, 500));
        QVERIFY(next.listen());
    }

    void socketIsInThePrivateRuntimeFolder()
    {
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        const QString path = SingleInstance::defaultSocketPath();
        qputenv("XDG_RUNTIME_DIR", saved);

        QVERIFY(QDir::isAbsolutePath(path)); // never a bare name QLocalServer would put in /tmp
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_runtime.path()).absoluteFilePath());
        SingleInstance instance(path);
        QVERIFY(instance.listen());
        QCOMPARE(unixMode(path), 0600);
        QVERIFY(QFileInfo(path).exists());
        QCOMPARE(unixMode(QFileInfo(path).absolutePath()), 0700);
    }

    void aRuntimeFolderOthersCanEnterIsNotUsed()
    {
        QTemporaryDir shared;
        QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7755) & modeBits)); // 0755
        QCOMPARE(unixMode(shared.path()), 0755);
        QVERIFY(!SingleInstance::isPrivateFolder(shared.path()));
        QVERIFY(!SingleInstance::isPrivateFolder(QStringLiteral("/tmp")));
        QVERIFY(SingleInstance::isPrivateFolder(m_runtime.path()));
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(SingleInstance::socketFolder(shared.path(), data), data);
        QCOMPARE(SingleInstance::socketFolder(QString(), data), data);

        // The default, then: in the data folder, made private.
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(shared.path()));
        const QString path = SingleInstance::defaultSocketPath();
        qputenv("XDG_RUNTIME_DIR", saved);
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(data).absoluteFilePath());
        QCOMPARE(unixMode(data), 0700);
    }

    void aLinkToAPrivateFolderIsNotUsed()
    {
        // Whoever made the link chose where it points; the check is of the folder itself.
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QFile::link(m_runtime.path(), link));
        QVERIFY(!SingleInstance::isPrivateFolder(link));
    }

    void peerOfAnotherUserIsRefused()
    {
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
        const uint me = SingleInstance::currentUserId();
        QVERIFY(SingleInstance::peerRunsAs(pair[0], me));
        QVERIFY(!SingleInstance::peerRunsAs(pair[0], me + 1));
        QVERIFY(!SingleInstance::peerRunsAs(-1, me)); // cannot be told: refused
        ::close(pair[0]);
        ::close(pair[1]);
    }

    void oversizeLengthIsRefusedFromItsFirstBytes()
    {
        SingleInstance first(socketIn(QStringLiteral("oversize.socket")));
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        // 256 MB announced, a few bytes sent: refused at once, nothing of that size allocated.
        QTest::ignoreMessage(QtWarningMsg, "attend: dropped a hand-over message that is too large");
        QElapsedTimer clock;
        clock.start();
        bool closed = false;
        const QByteArray answer = sendRaw(first.socketPath(), header(256u << 20) + QByteArray(1000, 'x'), &closed);
        QVERIFY(closed);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(answer, QByteArray()); // no "ok"
        QCOMPARE(received.count(), 0);

        // And it goes on serving the next launch.
        QVERIFY(handOverFromThread(first.socketPath(), {QStringLiteral("attend")}));
        QTRY_COMPARE(received.count(), 1);
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("text") << QByteArray("GET / HTTP/1.1\r\n\r\n");
        QTest::addRow("a count with no strings") << header(2) + QByteArray("\x00\x05", 2);
        QTest::addRow("a string longer than the frame") << header(6) + QByteArray("\x00\x01\x7f\xff\xff\xff", 6);
        QTest::addRow("not UTF-8") << header(8) + QByteArray("\x00\x01\x00\x00\x00\x02\xc3\x28", 8);
        QTest::addRow("bytes after the frame") << encodeHandOverMessage({QStringLiteral("attend")}) + "more";
    }
    void garbageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        SingleInstance first(socketIn(QStringLiteral("garbage.socket")));
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        bool closed = false;
        const QByteArray answer = sendRaw(first.socketPath(), bytes, &closed);
        QVERIFY(closed);
        QCOMPARE(answer, QByteArray());
        QCOMPARE(received.count(), 0);
    }

    void aPeerThatSaysNothingIsDropped()
    {
        SingleInstance first(socketIn(QStringLiteral("silent.socket")));
        QVERIFY(first.listen());
        QTest::ignoreMessage(QtWarningMsg, "attend: dropped a hand-over that did not arrive in time");
        QLocalSocket socket;
        socket.connectToServer(first.socketPath());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(header(100)); // announces 100 bytes, sends none
        socket.flush();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 8000);
    }

    void messageRoundTrip_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("none") << QStringList();
        QTest::addRow("feed") << QStringList{QStringLiteral("attend"), QStringLiteral("--feed"), QStringLiteral("https://example.org/é.xml")};
        QTest::addRow("empty strings") << QStringList{QString(), QString()};
    }
    void messageRoundTrip()
    {
        QFETCH(QStringList, arguments);
        const QByteArray frame = encodeHandOverMessage(arguments);
        QVERIFY(!frame.isEmpty());
        QCOMPARE(decodeHandOverMessage(frame), std::optional<QStringList>(arguments));
        // Every cut of it is refused.
        for (qsizetype size = 0; size < frame.size(); ++size)
            QVERIFY(!decodeHandOverMessage(frame.left(size)));
    }

    void messageLimits()
    {
        QVERIFY(encodeHandOverMessage(QStringList(maxHandOverArguments + 1, QStringLiteral("x"))).isEmpty());
        QVERIFY(encodeHandOverMessage({QString(maxHandOverBodyBytes, QLatin1Char('x'))}).isEmpty());
        QVERIFY(!encodeHandOverMessage(QStringList(maxHandOverArguments, QStringLiteral("x"))).isEmpty());
        QCOMPARE(handOverFrameSize(header(quint32(maxHandOverBodyBytes))), std::optional<qsizetype>(handOverHeaderBytes + maxHandOverBodyBytes));
        QVERIFY(!handOverFrameSize(header(quint32(maxHandOverBodyBytes) + 1)));
        QVERIFY(!handOverFrameSize(header(0xffffffffu)));
        QVERIFY(!decodeHandOverMessage(header(0xffffffffu)));
        // A count over the limit within a frame of legal size.
        QVERIFY(!decodeHandOverMessage(header(2) + QByteArray("\xff\xff", 2)));
    }

    void regressionInputs()
    {
        // tests/data/fuzz-regressions/handover: each decodes or is refused quickly; "refused-*" are refused.
        const QDir dir(QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/handover"));
        const QStringList names = dir.entryList(QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QElapsedTimer clock;
            clock.start();
            const std::optional<QStringList> decoded = decodeHandOverMessage(file.readAll());
            QVERIFY2(clock.elapsed() < 2000, qPrintable(name));
            if (name.startsWith(QLatin1String("refused-")))
                QVERIFY2(!decoded, qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
