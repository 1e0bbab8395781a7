// Golden model dumps: every list model on screen, filled from FOSDEM 2026 and 36C3, written as
// JSON (every role by its QML name, rows in model order, instants in UTC ISO 8601) and compared
// with tests/data/golden/. A difference prints the first rows and roles that changed.
//
// When a change to what a model shows is intended, regenerate them and review the diff:
//   cmake --build build --target regenerate_golden
// (which runs this test with ATTEND_REGENERATE_GOLDEN=1), then `git diff tests/data/golden`.

#include "modeltestsupport.h"
#include "models/nownextmodel.h"
#include "models/schedulemodel.h"
#include "models/sessionfiltermodel.h"
#include "models/sessionlistmodel.h"
#include "models/speakerlistmodel.h"
#include "models/timetablemodel.h"
#include "domain/clock.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>
#include <algorithm>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>

using namespace Attend;

namespace {

const QString goldenDir = QStringLiteral(ATTEND_TEST_DATA "/golden/");


// Long text (abstracts, search text) is kept as its start, its length and a hash: any change
// still shows, and the golden files stay small enough to read.
QJsonValue toJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.size() <= 160)
            return text;
        const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
        return QStringLiteral("%1… [%2 characters, sha1 %3]").arg(text.left(80)).arg(text.size()).arg(QLatin1String(hash));
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QJsonArray array;
        for (const QVariant &item : value.toList())
            array.append(toJson(item));
        return array;
    }
    case QMetaType::QVariantMap: {
        QJsonObject object;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), toJson(it.value()));
        return object;
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

/** One row a line, roles sorted by name: a plain diff shows the rows that changed. */
QByteArray dump(const QAbstractItemModel &model)
{
    const QHash<int, QByteArray> names = model.roleNames();
    QList<int> roles;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.key() >= Qt::UserRole)
            roles.append(it.key());
    }
    std::sort(roles.begin(), roles.end(), [&names](int a, int b) { return names.value(a) < names.value(b); });
    QByteArray out = "[\n";
    for (int row = 0; row < model.rowCount(); ++row) {
        QJsonObject object;
        for (int role : std::as_const(roles))
            object.insert(QString::fromLatin1(names.value(role)), toJson(model.index(row, 0).data(role)));
        out += "  " + QJsonDocument(object).toJson(QJsonDocument::Compact) + (row + 1 < model.rowCount() ? ",\n" : "\n");
    }
    return out + "]\n";
}

/** The first differences, by row and role, in words. */
QString describeDifferences(const QByteArray &expected, const QByteArray &actual)
{
    const QJsonArray want = QJsonDocument::fromJson(expected).array();
    const QJsonArray got = QJsonDocument::fromJson(actual).array();
    QStringList lines;
    if (want.size() != got.size())
        lines.append(QStringLiteral("rows: %1 expected, %2 now").arg(want.size()).arg(got.size()));
    for (qsizetype row = 0; row < std::min(want.size(), got.size()) && lines.size() < 8; ++row) {
        const QJsonObject a = want.at(row).toObject();
        const QJsonObject b = got.at(row).toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            if (a.value(key) != b.value(key) && lines.size() < 8) {
                const auto text = [](const QJsonValue &v) {
                    return v.isUndefined() ? QStringLiteral("(no such role)")
                                           : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
                };
                lines.append(QStringLiteral("row %1, role %2: expected %3, now %4").arg(row).arg(key, text(a.value(key)), text(b.value(key))));
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool regenerating()
{
    return qEnvironmentVariableIntValue("ATTEND_REGENERATE_GOLDEN") == 1;
}

} // namespace

class TestModelDumps : public QObject
{
    Q_OBJECT

    void compareWithGolden(const QAbstractItemModel &model, const QString &name)
    {
        const QByteArray actual = dump(model);
        const QString path = goldenDir + name + QStringLiteral(".json");
        if (regenerating()) {
            QSaveFile file(path);
            QVERIFY2(file.open(QIODevice::WriteOnly) && file.write(actual) == actual.size() && file.commit(), qPrintable(path));
            qInfo().noquote() << "wrote" << path;
            return;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing: build the target regenerate_golden")));
        const QByteArray expected = file.readAll();
        if (expected != actual) {
            QFAIL(qPrintable(QStringLiteral("%1 differs from %2:\n%3\n(an intended change? `cmake --build build --target "
                                            "regenerate_golden`, then review git diff tests/data/golden)")
                                 .arg(name, path, describeDifferences(expected, actual))));
        }
    }

private Q_SLOTS:
    void everyListModel_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDateTime>("now"); // during the conference: Now & Next has something to say
        QTest::addRow("FOSDEM 2026") << QStringLiteral("fosdem-2026-pretalx-pentabarf.xml") << QStringLiteral("fosdem-2026")
                                     << QDateTime(QDate(2026, 1, 31), QTime(10, 15), Qt::UTC);
        QTest::addRow("36C3") << QStringLiteral("36c3-everything-voc-merged.frab.json") << QStringLiteral("36c3")
                              << QDateTime(QDate(2019, 12, 28), QTime(14, 5), Qt::UTC);
    }
    void everyListModel()
    {
        QFETCH(QString, feed);
        QFETCH(QString, name);
        QFETCH(QDateTime, now);

        Test::FixedClock clock(now);
        Test::AgendaFixture fixture(&clock);
        fixture.formatter.setViewerZone(QTimeZone::utc());
        fixture.formatter.setUseEventZone(true); // the times as the conference prints them
        Agenda &agenda = *fixture.agenda;
        QAbstractItemModelTester sessionsTester(agenda.sessions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester scheduleTester(agenda.mySchedule(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester nowNextTester(agenda.nowNext(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester speakersTester(agenda.speakers(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(fixture.show(feed));
        agenda.setNow(now);
        QVERIFY(agenda.sessionCount() > 500);

        // Two neighbouring sessions bookmarked every 40: My schedule has clashes and gaps.
        const QList<Session> &sessions = agenda.conference().sessions;
        for (qsizetype i = 0; i < sessions.size(); i += 40) {
            agenda.toggleBookmark(sessions.at(i).key);
            if (i + 1 < sessions.size())
                agenda.toggleBookmark(sessions.at(i + 1).key);
        }

        SessionFilterModel filter;
        filter.setSourceModel(agenda.sessions());
        TimetableModel timetable;
        QAbstractItemModelTester timetableTester(&timetable, QAbstractItemModelTester::FailureReportingMode::Fatal);
        timetable.setFormatter(&fixture.formatter);
        timetable.setFilter(&filter);
        timetable.setDayIndex(1);

        compareWithGolden(*agenda.sessions(), name + QStringLiteral("-sessions"));
        compareWithGolden(*agenda.mySchedule(), name + QStringLiteral("-myschedule"));
        compareWithGolden(*agenda.nowNext(), name + QStringLiteral("-nownext"));
        compareWithGolden(*agenda.speakers(), name + QStringLiteral("-speakers"));
        compareWithGolden(timetable, name + QStringLiteral("-timetable-day2"));
    }
};

QTEST_GUILESS_MAIN(TestModelDumps)
#include "tst_modeldumps.moc"
