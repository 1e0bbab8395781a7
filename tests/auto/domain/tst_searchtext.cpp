#include "domain/searchtext.h"

#include <QTest>

using namespace Attend;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("case") << QStringLiteral("NATS JetStream") << QStringLiteral("nats jetstream");
        QTest::addRow("accents") << QStringLiteral("Université Émile") << QStringLiteral("universite emile");
        QTest::addRow("german") << QStringLiteral("Über Straße") << QStringLiteral("uber strasse");
        QTest::addRow("ligature") << QStringLiteral("ﬁle") << QStringLiteral("file");
        QTest::addRow("empty") << QString() << QString();
    }
    void folds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
