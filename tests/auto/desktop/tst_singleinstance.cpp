#include "desktop/singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <sys/socket.h>
#include <thread>
#include <sys/un.h>
#include <unistd.h>

using namespace Attend;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    static QString uniqueKey() { return QStringLiteral("attend-test-%1").arg(QCoreApplication::applicationPid()); }

private Q_SLOTS:
    void secondLaunchHandsItsArgumentsOver()
    {
        SingleInstance first(uniqueKey());
        QVERIFY(!first.handOver({QStringLiteral("attend")}, 300)); // nobody running yet
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        // The second launch blocks while it waits for the answer (as a real second process does),
        // so it runs in a thread of its own while this one's event loop answers.
        std::atomic<bool> handedOver = false;
        const QString key = uniqueKey();
        std::thread secondLaunch([&handedOver, key] {
            SingleInstance second(key);
            handedOver = second.handOver({QStringLiteral("attend"), QStringLiteral("--feed"), QStringLiteral("https://example.org/schedule.xml")}, 5000);
        });
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("attend"), QStringLiteral("--feed"), QStringLiteral("https://example.org/schedule.xml")}));
        QTRY_VERIFY(handedOver.load());
        secondLaunch.join();
    }

    void staleSocketFromACrashDoesNotBlockStartUp()
    {
        // A crashed Attend leaves its socket file behind, with nobody listening on it.
        const QString key = uniqueKey() + QStringLiteral("-stale");
        const QString path = QDir::tempPath() + QLatin1Char('/') + key;
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof(address.sun_path));
        QFile::remove(path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd); // the file stays: nobody unlinks it
        QVERIFY(QFile::exists(path));

        SingleInstance next(key);
        QVERIFY(!next.handOver({QStringLiteral("attend")}, 500));
        QVERIFY(next.listen());
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
