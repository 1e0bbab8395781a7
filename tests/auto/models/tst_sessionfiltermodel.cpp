#include "feed/feedreader.h"
#include "models/agenda.h"
#include "models/sessionfiltermodel.h"
#include "models/sessionlistmodel.h"
#include "models/timeformatter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTest>

using namespace Attend;

class TestSessionFilterModel : public QObject
{
    Q_OBJECT

private:
    TimeFormatter m_formatter;
    PersonalSchedule *m_schedule = nullptr;
    Agenda *m_agenda = nullptr;

    QStringList titles(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, 0).data(SessionListModel::TitleRole).toString());
        return list;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ScheduleStore::defaultPath());
        m_schedule = new PersonalSchedule(ScheduleStore(ScheduleStore::defaultPath()), this);
        m_schedule->load();
        m_agenda = new Agenda(&m_formatter, m_schedule, this);
        ParseResult result = FeedReader::readBuiltIn();
        QVERIFY(result.ok);
        m_agenda->setConference(std::move(result.conference));
    }
    void cleanup()
    {
        delete m_agenda;
        delete m_schedule;
    }

    void listsEverySessionInOrder()
    {
        QAbstractItemModelTester tester(m_agenda->sessions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionListModel *model = m_agenda->sessions();
        QCOMPARE(model->rowCount(), 17);
        const QModelIndex first = model->index(0);
        QCOMPARE(first.data(SessionListModel::TitleRole).toString(), QStringLiteral("Welcome"));
        QCOMPARE(first.data(SessionListModel::SpeakersRole).toString(), QStringLiteral("Jeremy Saenz"));
        QCOMPARE(first.data(SessionListModel::TrackRole).toString(), QStringLiteral("Opening"));
        QCOMPARE(first.data(SessionListModel::RoomRole).toString(), QStringLiteral("Online"));
        // TZ=Europe/Berlin: 09:00 in Los Angeles is 18:00 here.
        QCOMPARE(first.data(SessionListModel::TimeRangeRole).toString(), QStringLiteral("18:00\u201318:05"));
    }

    void zoneSwitchUpdatesTimesRowByRole()
    {
        SessionListModel *model = m_agenda->sessions();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        m_formatter.setUseEventZone(true);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(SessionListModel::TimeRangeRole));
        QCOMPARE(model->index(0).data(SessionListModel::TimeRangeRole).toString(), QStringLiteral("09:00\u201309:05"));
        QCOMPARE(model->index(0).data(SessionListModel::TimeSlotRole).toString(), QStringLiteral("2022-11-10 09:00"));
        QCOMPARE(model->index(0).data(SessionListModel::SlotLabelRole).toString(), QStringLiteral("09:00 PST"));
        QCOMPARE(model->index(0).data(SessionListModel::DayHeadingRole).toString(), QStringLiteral("Thursday, 10 November 2022"));
        m_formatter.setUseEventZone(false);
    }

    void filters_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("track");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("all") << -1 << QString() << QString() << QStringList();
        QTest::addRow("title, any case") << -1 << QString() << "KAFKA" << QStringList{"Comparing and contrasting NATS and Kafka"};
        QTest::addRow("speaker") << -1 << QString() << "saenz" << QStringList{"Welcome", "Thank you!"};
        QTest::addRow("abstract") << -1 << QString() << "WebAssembly" << QStringList{"Proof-of-concept inline Wasm execution on messages"};
        QTest::addRow("accents ignored") << -1 << QString() << "wébassembly" << QStringList{"Proof-of-concept inline Wasm execution on messages"};
        QTest::addRow("every word") << -1 << QString() << "colin next" << QStringList{"Where are we now and where to next?"};
        QTest::addRow("track") << -1 << "Vision" << QString() << QStringList{"Rethinking connectivity from cloud to edge"};
        QTest::addRow("track and search") << -1 << "Program" << "stateful" << QStringList{"Extending stateful services to the edge"};
        QTest::addRow("no match") << -1 << QString() << "zzzz" << QStringList{};
        QTest::addRow("day") << 0 << "Closing" << QString() << QStringList{"Thank you!"};
        QTest::addRow("no such day") << 3 << QString() << QString() << QStringList{};
    }

    void filters()
    {
        QFETCH(int, day);
        QFETCH(QString, track);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);

        SessionFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(m_agenda->sessions());
        QSignalSpy countChanged(&filter, &SessionFilterModel::countChanged);
        filter.setDayIndex(day);
        filter.setTrack(track);
        filter.setSearchText(search);
        if (day < 0 && track.isEmpty() && search.isEmpty()) {
            QCOMPARE(filter.count(), 17);
            return;
        }
        QCOMPARE(titles(filter), expected);
        QCOMPARE(filter.count(), expected.size());
        QVERIFY(countChanged.count() > 0);
        if (!expected.isEmpty())
            QCOMPARE(filter.keyAt(0), filter.index(0, 0).data(SessionListModel::KeyRole).toString());
    }

    void typingNarrowsAndWidens()
    {
        SessionFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(m_agenda->sessions());
        QList<int> counts;
        for (const QString &text : {QStringLiteral("n"), QStringLiteral("na"), QStringLiteral("nat"), QStringLiteral("nats"),
                                    QStringLiteral("nats k"), QStringLiteral("nats"), QString()}) {
            filter.setSearchText(text);
            counts.append(filter.count());
        }
        QCOMPARE(counts.constLast(), 17);
        QVERIFY(counts.at(4) < counts.at(3));
        QCOMPARE(counts.at(5), counts.at(3));
    }
};

QTEST_GUILESS_MAIN(TestSessionFilterModel)
#include "tst_sessionfiltermodel.moc"
