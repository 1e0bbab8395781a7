#include "feed/feedreader.h"
#include "models/agenda.h"
#include "models/sessionfiltermodel.h"
#include "models/sessionlistmodel.h"
#include "models/timeformatter.h"
#include "models/timetablemodel.h"
#include "schedule/personalschedule.h"
#include "schedule/schedulestore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Attend;

// The grid's layout on real feeds: cards in one room's lane never overlap, short back-to-back
// sessions get lanes of their own, and the filter's choices (not its search) decide what is shown.
class TestTimetableModel : public QObject
{
    Q_OBJECT

private:
    TimeFormatter m_formatter;
    PersonalSchedule *m_schedule = nullptr;
    Agenda *m_agenda = nullptr;
    SessionFilterModel *m_filter = nullptr;

    void load(const QString &path)
    {
        ParseResult result = path.isEmpty() ? FeedReader::readBuiltIn() : FeedReader::readFile(path);
        QVERIFY2(result.ok, qPrintable(path));
        m_agenda->setConference(std::move(result.conference));
        m_filter->setSourceModel(m_agenda->sessions());
    }

    struct Card {
        QString title;
        int column, lane, laneCount, top, minutes;
        double left, width;
    };
    static QList<Card> cards(const TimetableModel &model)
    {
        QList<Card> list;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            list.append({i.data(TimetableModel::TitleRole).toString(), i.data(TimetableModel::ColumnRole).toInt(),
                         i.data(TimetableModel::LaneRole).toInt(), i.data(TimetableModel::LaneCountRole).toInt(),
                         i.data(TimetableModel::TopMinuteRole).toInt(), i.data(TimetableModel::CardMinutesRole).toInt(),
                         i.data(TimetableModel::LeftRole).toDouble(), i.data(TimetableModel::WidthRole).toDouble()});
        }
        return list;
    }
    /** Checks every pair of cards in a column: same lane means apart in time, and drawn areas never meet. */
    static int checkNoOverlap(const TimetableModel &model, const QString &where)
    {
        const QList<Card> list = cards(model);
        int pairsInLanes = 0;
        for (int a = 0; a < list.size(); ++a) {
            const Card &x = list.at(a);
            if (x.lane < 0 || x.lane >= x.laneCount || x.minutes < model.minimumMinutes())
                qFatal("%s: bad lane or height for %s", qPrintable(where), qPrintable(x.title));
            for (int b = a + 1; b < list.size(); ++b) {
                const Card &y = list.at(b);
                if (x.column != y.column)
                    continue;
                const bool overlapInTime = x.top < y.top + y.minutes && y.top < x.top + x.minutes;
                const bool overlapSideways = x.left < y.left + y.width - 1e-9 && y.left < x.left + x.width - 1e-9;
                if (overlapInTime && overlapSideways) {
                    QTest::qFail(qPrintable(QStringLiteral("%1: \"%2\" (lane %3) and \"%4\" (lane %5) overlap")
                                                .arg(where, x.title)
                                                .arg(x.lane)
                                                .arg(y.title)
                                                .arg(y.lane)),
                                 __FILE__, __LINE__);
                    return -1;
                }
                if (overlapInTime)
                    ++pairsInLanes;
            }
        }
        return pairsInLanes;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ScheduleStore::defaultPath());
        m_formatter.setViewerZone(QTimeZone("Europe/Brussels"));
        m_schedule = new PersonalSchedule(ScheduleStore(ScheduleStore::defaultPath()), this);
        m_schedule->load();
        m_agenda = new Agenda(&m_formatter, m_schedule, this);
        m_filter = new SessionFilterModel(this);
    }
    void cleanup()
    {
        delete m_filter;
        delete m_agenda;
        delete m_schedule;
    }

    void noTwoCardsInALaneOverlap_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<int>("minimumMinutes");
        for (int minutes : {1, 10, 25}) {
            QTest::addRow("FOSDEM 2026, cards of %d min or more", minutes)
                << QStringLiteral(ATTEND_TEST_DATA "/feeds/fosdem-2026-pretalx-pentabarf.xml") << minutes;
            QTest::addRow("39C3, cards of %d min or more", minutes)
                << QStringLiteral(ATTEND_TEST_DATA "/feeds/39c3-everything-voc-merged.xml") << minutes;
        }
    }
    void noTwoCardsInALaneOverlap()
    {
        QFETCH(QString, feed);
        QFETCH(int, minimumMinutes);
        load(feed);
        TimetableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMinimumMinutes(minimumMinutes);
        model.setFormatter(&m_formatter);
        model.setFilter(m_filter);
        const int days = int(m_agenda->conference().days.size());
        QVERIFY(days >= 2);
        int shown = 0;
        int laned = 0;
        for (int day = 0; day < days; ++day) {
            model.setDayIndex(day);
            model.rebuildNow();
            shown += model.rowCount();
            const int pairs = checkNoOverlap(model, QStringLiteral("day %1").arg(day));
            QVERIFY(pairs >= 0);
            laned += pairs;
            // The columns lie side by side, each at least a standard width.
            const QVariantList columns = model.columns();
            double left = 0;
            for (const QVariant &column : columns) {
                QCOMPARE(column.toMap().value(QStringLiteral("left")).toDouble(), left);
                QVERIFY(column.toMap().value(QStringLiteral("width")).toDouble() >= 1);
                left += column.toMap().value(QStringLiteral("width")).toDouble();
            }
            QCOMPARE(model.totalWidth(), left);
        }
        // Every session of the feed is on some day's grid.
        QCOMPARE(shown, m_agenda->sessions()->rowCount());
        // Cards tall enough for a title overlap their neighbours somewhere, and then take lanes.
        if (minimumMinutes >= 10)
            QVERIFY(laned > 0);
    }

    void shortBackToBackTalksGetLanesOfTheirOwn()
    {
        // FOSDEM 2026, Saturday, UA2.118: five-minute lightning talks back to back; with cards
        // tall enough for a line of title each (10 min here), each needs a lane of its own.
        load(QStringLiteral(ATTEND_TEST_DATA "/feeds/fosdem-2026-pretalx-pentabarf.xml"));
        TimetableModel model;
        model.setMinimumMinutes(10);
        model.setFormatter(&m_formatter);
        model.setFilter(m_filter);
        model.setDayIndex(0);
        model.rebuildNow();
        QCOMPARE(model.dayTitle(), QStringLiteral("Saturday, 31 January 2026"));
        QHash<QString, Card> byTitle;
        for (const Card &card : cards(model))
            byTitle.insert(card.title, card);
        const Card eilean = byTitle.value(QStringLiteral("Eilean:  Self-hosted digital islands"));
        const Card tappaas = byTitle.value(QStringLiteral("TAPPaaS: A resilient, trusted, automated private cloud based on NixOS"));
        const Card lila = byTitle.value(QStringLiteral("LILA: decentralized reproducible-builds verification for the NixOS ecosystem"));
        const Card opam = byTitle.value(QStringLiteral("Opam's Nix system dependency mechanism"));
        QVERIFY2(!eilean.title.isEmpty() && !tappaas.title.isEmpty() && !lila.title.isEmpty() && !opam.title.isEmpty(),
                 "the UA2.118 talks are on Saturday's grid");
        QCOMPARE(eilean.column, tappaas.column);
        QCOMPARE(eilean.laneCount, 2);
        QVERIFY(eilean.lane != tappaas.lane);
        QVERIFY(lila.lane != opam.lane);
        QVERIFY(eilean.left + eilean.width <= tappaas.left || tappaas.left + tappaas.width <= eilean.left);
        QVERIFY(checkNoOverlap(model, QStringLiteral("Saturday")) > 0);

        // Zoomed in far enough for a 5-minute card to hold its line, they stand in one lane again.
        model.setMinimumMinutes(5);
        model.rebuildNow();
        for (const Card &card : cards(model)) {
            if (card.title == eilean.title)
                QCOMPARE(card.laneCount, 1);
        }
    }

    void followsTheChoicesButOnlyMarksTheSearch()
    {
        load(QString()); // the built-in RethinkConn agenda: one day, one room
        TimetableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFormatter(&m_formatter);
        model.setFilter(m_filter);
        model.rebuildNow();
        QCOMPARE(model.rowCount(), 17);
        QVERIFY(!model.dayTitle().isEmpty());

        // A search keeps every card and says which match, without laying the grid out again.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_filter->setSearchText(QStringLiteral("kafka"));
        QCoreApplication::processEvents();
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 17);
        int matching = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            matching += model.index(row).data(TimetableModel::MatchesRole).toBool() ? 1 : 0;
        QCOMPARE(matching, 1);
        m_filter->setSearchText(QString());

        // A hidden track leaves the grid.
        const QString track = model.index(0).data(TimetableModel::TrackRole).toString();
        QVERIFY(!track.isEmpty());
        m_filter->setHiddenTracks({track});
        QTRY_VERIFY(model.rowCount() < 17);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(TimetableModel::TrackRole).toString() != track);
        m_filter->setHiddenTracks({});
        QTRY_COMPARE(model.rowCount(), 17);

        // A chosen track narrows it to that track.
        m_filter->setTracks({track});
        QTRY_VERIFY(model.rowCount() < 17);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(TimetableModel::TrackRole).toString(), track);
    }
};

QTEST_GUILESS_MAIN(TestTimetableModel)
#include "tst_timetablelanes.moc"
