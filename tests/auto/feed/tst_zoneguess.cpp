// The venue's city as an IANA zone: only region/city ids count, case, accents and spaces folded.
#include "feed/zoneguess.h"

#include <QTest>
#include <QTimeZone>

using namespace Attend;

class TestZoneGuess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesFromCity_data()
    {
        QTest::addColumn<QString>("city");
        QTest::addColumn<QByteArray>("zone"); // empty: no guess
        QTest::addRow("Brussels") << QStringLiteral("Brussels") << QByteArray("Europe/Brussels");
        QTest::addRow("lower case, padded") << QStringLiteral("  brussels ") << QByteArray("Europe/Brussels");
        QTest::addRow("two words") << QStringLiteral("New York") << QByteArray("America/New_York");
        QTest::addRow("accent and space") << QStringLiteral("S\u00E3o Paulo") << QByteArray("America/Sao_Paulo");
        QTest::addRow("accent folded") << QStringLiteral("Z\u00FCrich") << QByteArray("Europe/Zurich");
        QTest::addRow("a city with no zone of its name") << QStringLiteral("Kiel") << QByteArray();
        QTest::addRow("empty") << QString() << QByteArray();
        QTest::addRow("blank") << QStringLiteral("   ") << QByteArray();
        QTest::addRow("an Etc zone is no place") << QStringLiteral("GMT+1") << QByteArray();
        QTest::addRow("a bare abbreviation is no place") << QStringLiteral("UTC") << QByteArray();
        QTest::addRow("a region is no city") << QStringLiteral("Europe") << QByteArray();
    }
    void guessesFromCity()
    {
        QFETCH(QString, city);
        QFETCH(QByteArray, zone);
        const QTimeZone guess = zoneForCity(city);
        if (zone.isEmpty()) {
            QVERIFY2(!guess.isValid(), guess.id().constData());
        } else {
            QVERIFY(guess.isValid());
            QCOMPARE(guess.id(), zone);
        }
    }
};

QTEST_GUILESS_MAIN(TestZoneGuess)
#include "tst_zoneguess.moc"
