#include "modeltestsupport.h"

#include "domain/clock.h"
#include "models/nownextmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Attend;

// The star on Now & Next and on a speaker's sessions follows every bookmark change, not only the
// ones that change My schedule's count: a level switched between must see and maybe repaints it.
class TestBookmarkStars : public QObject
{
    Q_OBJECT

private:
    // FOSDEM 2026, Saturday 11:05 in Brussels: 25 sessions on, more within the hour.
    Test::FixedClock m_clock{QDateTime::fromString(QStringLiteral("2026-01-31T11:05:00+01:00"), Qt::ISODate)};

    /** The dataChanged signals in `spy` that cover `row` and name `role` (or name no roles). */
    static int changesOf(const QSignalSpy &spy, int row, int role)
    {
        int found = 0;
        for (const QList<QVariant> &arguments : spy) {
            const auto from = arguments.at(0).value<QModelIndex>();
            const auto to = arguments.at(1).value<QModelIndex>();
            const auto roles = arguments.at(2).value<QList<int>>();
            if (from.row() <= row && row <= to.row() && (roles.isEmpty() || roles.contains(role)))
                ++found;
        }
        return found;
    }

private Q_SLOTS:
    void nowNextRepaintsTheStarOfTheRowThatChanged()
    {
        Test::AgendaFixture fixture(&m_clock);
        QVERIFY(fixture.show(QStringLiteral("fosdem-2026-pretalx-pentabarf.xml")));
        NowNextModel *model = fixture.agenda->nowNext();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->refresh();
        QVERIFY(model->rowCount() > 2);
        const int row = 1;
        const QString key = model->index(row).data(NowNextModel::KeyRole).toString();
        const QHash<int, QByteArray> names = model->roleNames();
        QCOMPARE(names.value(NowNextModel::BookmarkedRole), QByteArray("bookmarked"));
        QCOMPARE(names.value(NowNextModel::MaybeRole), QByteArray("maybe"));
        QCOMPARE(model->index(row).data(NowNextModel::BookmarkedRole).toBool(), false);

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        fixture.agenda->toggleBookmark(key);
        QCOMPARE(model->index(row).data(NowNextModel::BookmarkedRole).toBool(), true);
        QCOMPARE(model->index(row).data(NowNextModel::MaybeRole).toBool(), false);
        QVERIFY(changesOf(changed, row, NowNextModel::BookmarkedRole) > 0);
        QCOMPARE(changesOf(changed, 0, NowNextModel::BookmarkedRole), 0); // only the row that changed

        // The level: My schedule's count stays the same, the star must change all the same.
        const int scheduled = fixture.agenda->mySchedule()->rowCount();
        changed.clear();
        fixture.agenda->setMaybe(key, true);
        QCOMPARE(fixture.agenda->mySchedule()->rowCount(), scheduled);
        QCOMPARE(model->index(row).data(NowNextModel::MaybeRole).toBool(), true);
        QVERIFY(changesOf(changed, row, NowNextModel::MaybeRole) > 0);

        changed.clear();
        fixture.agenda->toggleBookmark(key);
        QCOMPARE(model->index(row).data(NowNextModel::BookmarkedRole).toBool(), false);
        QVERIFY(changesOf(changed, row, NowNextModel::BookmarkedRole) > 0);

        // Another conference's bookmark with the same key is not this row's.
        changed.clear();
        Bookmark elsewhere;
        elsewhere.conferenceId = QStringLiteral("another-conference");
        elsewhere.key = key;
        elsewhere.title = QStringLiteral("Elsewhere");
        fixture.schedule->addBookmark(elsewhere);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model->index(row).data(NowNextModel::BookmarkedRole).toBool(), false);
    }

    void keyListsAreToldOfEveryBookmarkChange()
    {
        Test::AgendaFixture fixture(&m_clock);
        QVERIFY(fixture.show(QStringLiteral("fosdem-2026-pretalx-pentabarf.xml")));
        const QString key = fixture.agenda->sessions()->index(0).data(SessionListModel::KeyRole).toString();
        QSignalSpy told(fixture.agenda.get(), &Agenda::bookmarksChanged);
        const int before = fixture.agenda->property("bookmarkRevision").toInt();
        fixture.agenda->toggleBookmark(key);
        QCOMPARE(told.count(), 1);
        fixture.agenda->setMaybe(key, true); // the count stays, the star changes
        QCOMPARE(told.count(), 2);
        QVERIFY(fixture.agenda->sessionSummary(key).value(QStringLiteral("maybe")).toBool());
        fixture.agenda->setMaybe(key, false);
        QCOMPARE(told.count(), 3);
        fixture.agenda->toggleBookmark(key);
        QCOMPARE(told.count(), 4);
        QCOMPARE(fixture.agenda->property("bookmarkRevision").toInt(), before + 4);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkStars)
#include "tst_bookmarkstars.moc"
