#include "models/nownextmodel.h"
#include "models/timeformatter.h"
#include "domain/clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Attend;

// Runs with TZ=Europe/Berlin: the viewer's zone, where the conference below takes place and
// where "Night owls" crosses midnight (UTC+01:00 in November).

namespace {
/** A clock the test moves by hand. */
class FakeClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &instant) { m_now = instant.toUTC(); }

private:
    QDateTime m_now;
};

const QTimeZone berlin("Europe/Berlin");

/** An instant on the Berlin wall clock, day 10 or 11 November 2022. */
QDateTime at(int day, int hour, int minute, int second = 0, int msec = 0)
{
    return QDateTime(QDate(2022, 11, day), QTime(hour, minute, second, msec), berlin).toUTC();
}

Session session(const QString &key, const QString &title, const QDateTime &start, int minutes, int dayIndex,
                const QString &room = QString(), const QString &track = QString(), const QStringList &speakers = {})
{
    Session s;
    s.key = key;
    s.title = title;
    s.start = start;
    s.durationSeconds = minutes * 60;
    s.dayIndex = dayIndex;
    s.room = room;
    s.track = track;
    for (const QString &name : speakers)
        s.speakers.append({QString(), name});
    return s;
}

/** A small conference, listed out of order on purpose: the model must not rely on the feed's order. */
QList<Session> conference()
{
    Session cancelled = session(QStringLiteral("d-cancelled"), QStringLiteral("Cancelled talk"), at(10, 9, 50), 30, 0, QStringLiteral("Room C"));
    cancelled.cancelled = true;
    Session cancelledSoon = session(QStringLiteral("i-cancelled-next"), QStringLiteral("Cancelled later"), at(10, 10, 30), 30, 0, QStringLiteral("Room C"));
    cancelledSoon.cancelled = true;
    return {
        session(QStringLiteral("n-day2"), QStringLiteral("Day two"), at(11, 10, 0), 30, 1, QStringLiteral("Room A")),
        session(QStringLiteral("f-beta"), QStringLiteral("Beta talk"), at(10, 10, 15), 30, 0, QStringLiteral("Room D")),
        session(QStringLiteral("e-alpha"), QStringLiteral("Alpha talk"), at(10, 10, 15), 30, 0, QStringLiteral("Room C")),
        session(QStringLiteral("a-opening"), QStringLiteral("Opening"), at(10, 9, 0), 30, 0, QStringLiteral("Room A"), QStringLiteral("Main")),
        session(QStringLiteral("b-keynote"), QStringLiteral("Keynote"), at(10, 9, 30), 60, 0, QStringLiteral("Room A"), QStringLiteral("Main"),
                {QStringLiteral("Grace Hopper"), QStringLiteral("Ada Lovelace")}),
        session(QStringLiteral("c-workshop"), QStringLiteral("Workshop"), at(10, 9, 45), 120, 0, QStringLiteral("Room B")),
        cancelled,
        cancelledSoon,
        session(QStringLiteral("h-edge"), QStringLiteral("On the edge"), at(10, 10, 55), 20, 0, QStringLiteral("Room A")),
        session(QStringLiteral("g-late"), QStringLiteral("Late morning"), at(10, 11, 0), 30, 0, QStringLiteral("Room A")),
        session(QStringLiteral("m-night"), QStringLiteral("Night owls"), at(10, 23, 30), 60, 0, QStringLiteral("Club"), QString(),
                {QStringLiteral("Bat")}),
    };
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}
} // namespace

class TestNowNextModel : public QObject
{
    Q_OBJECT

private:
    TimeFormatter m_formatter;
    FakeClock m_clock;
    std::unique_ptr<NowNextModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList keys() const { return column(*m_model, NowNextModel::KeyRole); }
    QStringList sections() const { return column(*m_model, NowNextModel::SectionRole); }
    QString progressText(const QString &key) const
    {
        const int row = int(keys().indexOf(key));
        return row < 0 ? QStringLiteral("(no row)") : m_model->index(row).data(NowNextModel::ProgressTextRole).toString();
    }

    void moveTo(const QDateTime &instant)
    {
        m_clock.set(instant);
        m_model->refresh();
    }

private Q_SLOTS:
    void init()
    {
        m_formatter.setViewerZone(QTimeZone::systemTimeZone());
        m_formatter.setEventZone(QTimeZone("America/Los_Angeles"));
        m_formatter.setUseEventZone(false);
        m_clock.set(at(9, 12, 0));
        m_model = std::make_unique<NowNextModel>(&m_formatter, &m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setConferenceTitle(QStringLiteral("RethinkConn"));
        m_model->setSessions(QStringLiteral("rethinkconn"), conference());
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void theZoneIsPinned() { QCOMPARE(QTimeZone::systemTimeZone().id(), QByteArray("Europe/Berlin")); }

    void beforeTheConference()
    {
        QVERIFY(m_model->beforeStart());
        QVERIFY(!m_model->afterEnd());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->nowCount(), 0);
        QCOMPARE(m_model->nextCount(), 0);
        // The earliest session is "Opening" (day 0), though the feed lists "Day two" (day 1) first.
        QCOMPARE(m_model->firstDayIndex(), 0);
        QCOMPARE(m_model->stateText(), QStringLiteral("RethinkConn starts on Thursday, 10 November 2022"));
        m_model->setConferenceTitle(QString());
        QCOMPARE(m_model->stateText(), QStringLiteral("The conference starts on Thursday, 10 November 2022"));
    }

    void theHourBeforeTheStartShowsWhatIsNext()
    {
        moveTo(at(10, 8, 30));
        QVERIFY(m_model->beforeStart());
        // The keynote at 09:30 is exactly an hour off: still "next".
        QCOMPARE(keys(), (QStringList{QStringLiteral("a-opening"), QStringLiteral("b-keynote")}));
        QCOMPARE(sections(), (QStringList{QStringLiteral("next"), QStringLiteral("next")}));
        QCOMPARE(m_model->nextCount(), 2);
        QCOMPARE(progressText(QStringLiteral("a-opening")), QStringLiteral("in 30 min"));
        QCOMPARE(progressText(QStringLiteral("b-keynote")), QStringLiteral("in 1 h"));
        QCOMPARE(m_model->stateText(), QStringLiteral("RethinkConn starts on Thursday, 10 November 2022"));
        QCOMPARE(m_model->index(0).data(NowNextModel::ProgressRole).toDouble(), 0.0);
    }

    void duringTheConference()
    {
        QSignalSpy counts(m_model.get(), &NowNextModel::countsChanged);
        QSignalSpy state(m_model.get(), &NowNextModel::stateChanged);
        moveTo(at(10, 9, 55));
        QVERIFY(!m_model->beforeStart());
        QVERIFY(!m_model->afterEnd());
        QCOMPARE(m_model->stateText(), QString());
        QCOMPARE(counts.count(), 1);
        QCOMPARE(state.count(), 1);
        // Running: the keynote and the workshop (the opening ended at 09:30; "Cancelled talk" would
        // run now). Next, within the hour up to 10:55 inclusive: the two 10:15 talks by title, then
        // "On the edge" at 10:55; "Late morning" at 11:00 is a minute too far.
        QCOMPARE(keys(), (QStringList{QStringLiteral("b-keynote"), QStringLiteral("c-workshop"), QStringLiteral("e-alpha"),
                                      QStringLiteral("f-beta"), QStringLiteral("h-edge")}));
        QCOMPARE(sections(), (QStringList{QStringLiteral("now"), QStringLiteral("now"), QStringLiteral("next"),
                                          QStringLiteral("next"), QStringLiteral("next")}));
        QCOMPARE(m_model->nowCount(), 2);
        QCOMPARE(m_model->nextCount(), 3);
        QCOMPARE(m_model->property("count").toInt(), 5);

        QCOMPARE(progressText(QStringLiteral("b-keynote")), QStringLiteral("25 min in \u00B7 35 min left"));
        QCOMPARE(progressText(QStringLiteral("c-workshop")), QStringLiteral("10 min in \u00B7 1 h 50 min left"));
        QCOMPARE(progressText(QStringLiteral("e-alpha")), QStringLiteral("in 20 min"));
        QCOMPARE(progressText(QStringLiteral("h-edge")), QStringLiteral("in 1 h"));
        const QModelIndex keynote = m_model->index(0);
        QVERIFY(qAbs(keynote.data(NowNextModel::ProgressRole).toDouble() - 25.0 / 60.0) < 1e-9);
        QCOMPARE(m_model->index(2).data(NowNextModel::ProgressRole).toDouble(), 0.0);
        QCOMPARE(keynote.data(NowNextModel::TitleRole).toString(), QStringLiteral("Keynote"));
        QCOMPARE(keynote.data(NowNextModel::DetailLineRole).toString(),
                 QStringLiteral("09:30\u201310:30 \u00B7 Room A \u00B7 Main \u00B7 Grace Hopper, Ada Lovelace"));
        QCOMPARE(keynote.data(NowNextModel::StartRole).toDateTime(), at(10, 9, 30));
        QCOMPARE(m_model->index(2).data(NowNextModel::DetailLineRole).toString(), QStringLiteral("10:15\u201310:45 \u00B7 Room C"));

        const QHash<int, QByteArray> names = m_model->roleNames();
        for (const char *name : {"key", "title", "detailLine", "section", "progressText", "progress", "start"})
            QVERIFY2(names.values().contains(QByteArray(name)), name);

        // Half a minute later: the same rows, the same minute. Then the next minute: the same
        // rows, new progress, and no reset.
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        moveTo(at(10, 9, 56));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(NowNextModel::ProgressRole));
        QVERIFY(roles.contains(NowNextModel::ProgressTextRole));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
        QCOMPARE(progressText(QStringLiteral("b-keynote")), QStringLiteral("26 min in \u00B7 34 min left"));
        QCOMPARE(counts.count(), 1);

        // 10:00: "Late morning" (11:00) comes into the hour: the row set changed, a reset.
        moveTo(at(10, 10, 0));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(keys().constLast(), QStringLiteral("g-late"));
        QCOMPARE(m_model->nextCount(), 4);
        QCOMPARE(counts.count(), 2);

        // 10:15: the two talks start ("just started"); the keynote is still on.
        moveTo(at(10, 10, 15));
        QCOMPARE(keys(), (QStringList{QStringLiteral("b-keynote"), QStringLiteral("c-workshop"), QStringLiteral("e-alpha"),
                                      QStringLiteral("f-beta"), QStringLiteral("h-edge"), QStringLiteral("g-late")}));
        QCOMPARE(m_model->nowCount(), 4);
        QCOMPARE(progressText(QStringLiteral("e-alpha")), QStringLiteral("just started \u00B7 30 min left"));
        // "Cancelled later" (10:30) would be in the hour: it stays out.
        QVERIFY(!keys().contains(QStringLiteral("i-cancelled-next")));
    }

    void aGapSaysWhatIsNext()
    {
        moveTo(at(10, 12, 0));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->beforeStart());
        QVERIFY(!m_model->afterEnd());
        QCOMPARE(m_model->stateText(), QStringLiteral("Nothing is on right now. Next: 23:30 Night owls"));
        moveTo(at(11, 1, 0));
        QCOMPARE(m_model->stateText(), QStringLiteral("Nothing is on right now. Next: 10:00 Day two"));
        // In Los Angeles it is 16:00 on the 10th, and "Day two" begins at 01:00 on the 11th: the
        // day is named, and the text follows the zone switch.
        QSignalSpy state(m_model.get(), &NowNextModel::stateChanged);
        m_formatter.setUseEventZone(true);
        QCOMPARE(state.count(), 1);
        QCOMPARE(m_model->stateText(), QStringLiteral("Nothing is on right now. Next: Friday, 11 November 2022 01:00 Day two"));
        m_formatter.setUseEventZone(false);
    }

    void acrossMidnight()
    {
        // 00:10 in Berlin on the 11th is 23:10 UTC on the 10th: the session that began at 23:30 runs.
        moveTo(at(11, 0, 10));
        QCOMPARE(keys(), QStringList{QStringLiteral("m-night")});
        QCOMPARE(sections(), QStringList{QStringLiteral("now")});
        QCOMPARE(progressText(QStringLiteral("m-night")), QStringLiteral("40 min in \u00B7 20 min left"));
        QCOMPARE(m_model->index(0).data(NowNextModel::DetailLineRole).toString(),
                 QStringLiteral("23:30\u2013Fri 00:30 \u00B7 Club \u00B7 Bat"));
        QCOMPARE(m_model->stateText(), QString());
        // At its end it is gone.
        moveTo(at(11, 0, 30));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void afterTheConference()
    {
        QSignalSpy state(m_model.get(), &NowNextModel::stateChanged);
        moveTo(at(11, 10, 30));
        QVERIFY(m_model->afterEnd());
        QVERIFY(!m_model->beforeStart());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->stateText(), QStringLiteral("The conference is over"));
        QCOMPARE(state.count(), 1);
        // Nothing changes any more: the timer sleeps.
        QCOMPARE(m_model->msecsToNextUpdate(), -1);
        // A clock set back wakes it again.
        moveTo(at(11, 10, 0));
        QVERIFY(!m_model->afterEnd());
        QCOMPARE(keys(), QStringList{QStringLiteral("n-day2")});
        QVERIFY(m_model->msecsToNextUpdate() > 0);
    }

    void zoneSwitchUpdatesDetailLines()
    {
        moveTo(at(10, 9, 55));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_formatter.setUseEventZone(true);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(NowNextModel::DetailLineRole));
        // 09:30 in Berlin is 00:30 in Los Angeles.
        QVERIFY(m_model->index(0).data(NowNextModel::DetailLineRole).toString().startsWith(QStringLiteral("00:30\u201301:30")));
        m_formatter.setUseEventZone(false);
    }

    void timerIsArmedToTheNextMinute_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("toBoundary");
        QTest::addRow("mid-minute") << at(10, 9, 55, 30, 250) << 29750;
        QTest::addRow("just after") << at(10, 9, 55, 0, 1) << 59999;
        QTest::addRow("on the minute") << at(10, 9, 55) << 60000;
        QTest::addRow("before the start") << at(9, 12, 0, 59, 999) << 1;
        QTest::addRow("across midnight") << at(10, 23, 59, 45) << 15000;
    }

    void timerIsArmedToTheNextMinute()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, toBoundary);
        moveTo(now);
        const int armed = m_model->msecsToNextUpdate();
        // The next :00, and a hair after it (never before: that would show the old minute again).
        QVERIFY2(armed >= toBoundary && armed < toBoundary + 1000, qPrintable(QString::number(armed)));
    }

    void timerRefreshesOnTheMinute()
    {
        // 09:59:59.950: the timer is armed for a few tens of ms. When it fires, the clock says
        // 10:00, and "Late morning" comes into the hour.
        moveTo(at(10, 9, 59, 59, 950));
        QCOMPARE(m_model->nextCount(), 3);
        const int armed = m_model->msecsToNextUpdate();
        QVERIFY(armed >= 50 && armed < 1050);
        m_clock.set(at(10, 10, 0, 0, 20));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(reset.wait(5000));
        QCOMPARE(m_model->nextCount(), 4);
        // And it re-armed itself for the minute after.
        QVERIFY(m_model->msecsToNextUpdate() >= 59980 && m_model->msecsToNextUpdate() < 61000);
    }

    void cancelledSessionsNeverShow()
    {
        // Every minute of the first day, under the model tester: the cancelled sessions never show,
        // "now" rows precede "next" rows, and the counts add up.
        QDateTime instant = at(10, 8, 0);
        int seenNow = 0;
        while (instant < at(11, 11, 0)) {
            moveTo(instant);
            const QStringList rowKeys = keys();
            QVERIFY(!rowKeys.contains(QStringLiteral("d-cancelled")));
            QVERIFY(!rowKeys.contains(QStringLiteral("i-cancelled-next")));
            QCOMPARE(m_model->nowCount() + m_model->nextCount(), m_model->rowCount());
            const QStringList rowSections = sections();
            for (int row = 0; row < rowSections.size(); ++row)
                QCOMPARE(rowSections.at(row), row < m_model->nowCount() ? QStringLiteral("now") : QStringLiteral("next"));
            seenNow += m_model->nowCount();
            instant = instant.addSecs(60);
        }
        QVERIFY(seenNow > 0);
    }

    void newSessionsReplaceEverything()
    {
        moveTo(at(10, 9, 55));
        QSignalSpy state(m_model.get(), &NowNextModel::stateChanged);
        QList<Session> later = conference();
        for (Session &s : later)
            s.dayIndex += 2;
        m_model->setSessions(QStringLiteral("rethinkconn"), later);
        QCOMPARE(m_model->firstDayIndex(), 2);
        QCOMPARE(state.count(), 1);
        QCOMPARE(m_model->rowCount(), 5);
        m_model->setSessions(QStringLiteral("empty"), {});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->firstDayIndex(), -1);
        QCOMPARE(m_model->stateText(), QString());
        QCOMPARE(m_model->msecsToNextUpdate(), -1);
    }

    void refreshOfAThousandSessionConference()
    {
        // 14,000 sessions over four days, a hundred rooms: what one minute's refresh costs.
        QList<Session> many;
        many.reserve(14000);
        for (int i = 0; i < 14000; ++i) {
            const int slot = i / 100;
            many.append(session(QStringLiteral("s%1").arg(i), QStringLiteral("Talk %1").arg(i),
                                at(10, 0, 0).addSecs(qint64(slot) * 25 * 60), 20, slot / 50));
        }
        m_model->setSessions(QStringLiteral("big"), many);
        m_clock.set(at(11, 12, 5));
        QBENCHMARK {
            m_model->refresh();
        }
        QCOMPARE(m_model->nowCount(), 100);
    }
};

QTEST_GUILESS_MAIN(TestNowNextModel)
#include "tst_nownextmodel.moc"
