#include "domain/cancellation.h"

#include <QTest>

using namespace Attend;

class TestCancellation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("shouted prefix") << QStringLiteral("CANCELLED Building a kernel") << true;
        QTest::newRow("prefix with colon") << QStringLiteral("Cancelled: Rust in the kernel") << true;
        QTest::newRow("american spelling") << QStringLiteral("Canceled - Lightning talks") << true;
        QTest::newRow("bracketed") << QStringLiteral("[Cancelled] Keynote") << true;
        QTest::newRow("trailing bracket") << QStringLiteral("Keynote (cancelled)") << true;
        QTest::newRow("german") << QStringLiteral("ABGESAGT: Workshop") << true;
        QTest::newRow("alone") << QStringLiteral("Cancelled") << true;
        QTest::newRow("a real title") << QStringLiteral("Cancelled plans: a retrospective") << false;
        QTest::newRow("talks about it") << QStringLiteral("The cancelled Blizzard IP, Titan") << false;
        QTest::newRow("plain") << QStringLiteral("Welcome") << false;
        QTest::newRow("inside a word") << QStringLiteral("Cancellation policies (panel)") << false;
    }

    void titles()
    {
        QFETCH(QString, title);
        QFETCH(bool, cancelled);
        QCOMPARE(titleSaysCancelled(title), cancelled);
    }
};

QTEST_GUILESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
