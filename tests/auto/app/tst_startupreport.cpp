// The startup report's reading of /proc/self/status, on saved text and on the real file.

#include "app/startupreport.h"

#include <QFile>
#include <QTest>

using namespace Attend;

class TestStartupReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peakMemoryFromStatusText()
    {
        const QByteArray status = "Name:\tattend\n"
                                  "VmPeak:\t 1234567 kB\n"
                                  "VmHWM:\t  183244 kB\n"
                                  "VmRSS:\t  170000 kB\n";
        QCOMPARE(peakMemoryKilobytes(status), QByteArray("183244"));
        QCOMPARE(peakMemoryKilobytes("Name:\tattend\nVmRSS:\t 1 kB\n"), QByteArray());
        QCOMPARE(peakMemoryKilobytes(QByteArray()), QByteArray());
    }

    void peakMemoryOfThisProcess()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        QVERIFY(status.open(QIODevice::ReadOnly));
        bool number = false;
        const qint64 kilobytes = peakMemoryKilobytes(status.readAll()).toLongLong(&number);
        QVERIFY(number);
        QVERIFY2(kilobytes > 1000, QByteArray::number(kilobytes).constData()); // a Qt process is megabytes
    }
};

QTEST_GUILESS_MAIN(TestStartupReport)
#include "tst_startupreport.moc"
