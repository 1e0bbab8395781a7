// One day as a grid: rooms as columns in the order they first appear, each session placed in
// minutes from the hour before the first one, following the filter, the day and the zone.
#include "modeltestsupport.h"
#include "models/sessionfiltermodel.h"
#include "models/timetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Attend;

class TestTimetableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::AgendaFixture> m_fixture;
    std::unique_ptr<SessionFilterModel> m_filter;
    std::unique_ptr<TimetableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    int rowOf(const QString &title) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row).data(TimetableModel::TitleRole).toString() == title)
                return row;
        }
        return -1;
    }
    QVariant cell(const QString &title, int role) const
    {
        const int row = rowOf(title);
        return row < 0 ? QVariant() : m_model->index(row).data(role);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<Test::AgendaFixture>();
        QVERIFY(m_fixture->show(QStringLiteral("pretalx-democon-2022.xml"))); // Europe/Berlin
        m_fixture->formatter.setViewerZone(QTimeZone("Europe/Berlin"));
        m_filter = std::make_unique<SessionFilterModel>();
        m_filter->setSourceModel(m_fixture->agenda->sessions());
        m_model = std::make_unique<TimetableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setFormatter(&m_fixture->formatter);
        m_model->setFilter(m_filter.get());
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_filter.reset();
        m_fixture.reset();
    }

    void placesADay()
    {
        QSignalSpy rebuilt(m_model.get(), &TimetableModel::layoutRebuilt);
        m_model->setDayIndex(1); // Wednesday 7 September
        QCOMPARE(rebuilt.count(), 1);
        QCOMPARE(m_model->rowCount(), 12);
        QCOMPARE(m_model->rooms(), (QStringList{QStringLiteral("Dark Red Room"), QStringLiteral("Pale Golden Rod Room")}));
        // 09:00 to 15:30, and half an hour of room below.
        QCOMPARE(m_model->totalMinutes(), 420);
        QCOMPARE(m_model->hourMarks().size(), 8);
        QCOMPARE(m_model->hourMarks().constFirst().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("09:00"));
        QCOMPARE(m_model->hourMarks().constLast().toMap().value(QStringLiteral("minute")).toInt(), 420);

        QCOMPARE(cell(QStringLiteral("Horizontal didactic methodology"), TimetableModel::ColumnRole).toInt(), 0);
        QCOMPARE(cell(QStringLiteral("Horizontal didactic methodology"), TimetableModel::TopMinuteRole).toInt(), 0);
        QCOMPARE(cell(QStringLiteral("Horizontal didactic methodology"), TimetableModel::LengthMinutesRole).toInt(), 90);
        QCOMPARE(cell(QStringLiteral("Streamlined real-time database"), TimetableModel::ColumnRole).toInt(), 1);
        QCOMPARE(cell(QStringLiteral("Streamlined real-time database"), TimetableModel::TopMinuteRole).toInt(), 60);
        QCOMPARE(cell(QStringLiteral("Streamlined real-time database"), TimetableModel::LengthMinutesRole).toInt(), 30);
        QVERIFY(cell(QStringLiteral("Streamlined real-time database"), TimetableModel::DetailRole).toString().startsWith(QStringLiteral("10:00\u201310:30")));
        QCOMPARE(cell(QStringLiteral("Streamlined real-time database"), TimetableModel::CancelledRole).toBool(), false);
        QCOMPARE(m_model->index(0).data(12345), QVariant());
    }

    void theFirstDayStartsAtItsFirstSession()
    {
        m_model->setDayIndex(0); // a workshop at 01:50
        QCOMPARE(cell(QStringLiteral("Persevering cohesive concept"), TimetableModel::TopMinuteRole).toInt(), 50);
        QCOMPARE(m_model->hourMarks().constFirst().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("01:00"));
        m_model->setDayIndex(7); // no such day
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->rooms(), QStringList());
        QCOMPARE(m_model->totalMinutes(), 0);
    }

    void followsTheFilter()
    {
        m_model->setDayIndex(1);
        m_filter->setRooms({QStringLiteral("Dark Red Room")});
        QTRY_COMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rooms(), QStringList{QStringLiteral("Dark Red Room")});
        m_filter->setRooms({});
        m_filter->setTracks({QStringLiteral("Right-sized")});
        QTRY_COMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rooms(), QStringList{QStringLiteral("Pale Golden Rod Room")});
        QCOMPARE(m_model->index(0).data(TimetableModel::ColumnRole).toInt(), 0);
        QCOMPARE(m_model->index(1).data(TimetableModel::ColumnRole).toInt(), 0);
    }

    void followsTheZone()
    {
        m_model->setDayIndex(1);
        m_fixture->formatter.setViewerZone(QTimeZone::utc());
        QCOMPARE(m_model->hourMarks().constFirst().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("07:00"));
        QCOMPARE(cell(QStringLiteral("Streamlined real-time database"), TimetableModel::TopMinuteRole).toInt(), 60);
    }

    void bookmarksShowWithoutARebuild()
    {
        m_model->setDayIndex(1);
        const QString key = cell(QStringLiteral("Streamlined real-time database"), TimetableModel::KeyRole).toString();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_fixture->agenda->toggleBookmark(key);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(cell(QStringLiteral("Streamlined real-time database"), TimetableModel::BookmarkedRole).toBool(), true);
        QCOMPARE(cell(QStringLiteral("Horizontal didactic methodology"), TimetableModel::BookmarkedRole).toBool(), false);
    }

    void withoutAFilterItIsEmpty()
    {
        TimetableModel empty;
        QAbstractItemModelTester tester(&empty, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(empty.rowCount(), 0);
        empty.setFormatter(&m_fixture->formatter);
        QCOMPARE(empty.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimetableModel)
#include "tst_timetablemodel.moc"
