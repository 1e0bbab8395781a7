#include "desktop/autostart.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Attend;

class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesAndRemovesTheXdgEntry()
    {
        QString error;
        QVERIFY(Autostart::setEnabled(false, &error));
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::entryPath().endsWith(QLatin1String("/autostart/io.github.attend.Attend.desktop")));

        QVERIFY2(Autostart::setEnabled(true, &error), qPrintable(error));
        QVERIFY(Autostart::isEnabled());
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains("\nExec=attend --background\n")); // hidden in the tray, reminders armed
        QVERIFY(text.contains("\nType=Application\n"));

        QVERIFY(Autostart::setEnabled(false, &error));
        QVERIFY(!QFile::exists(Autostart::entryPath()));
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
