#pragma once

// An agenda for model tests: a schedule file in a folder of its own, a formatter, and an Agenda
// showing a feed from tests/data. QStandardPaths' test mode keeps the filters and hidden tracks
// (QSettings) out of the person's own files.

#include "domain/clock.h"
#include "feed/feedreader.h"
#include "models/agenda.h"
#include "models/timeformatter.h"
#include "schedule/personalschedule.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace Attend::Test {

inline QString feedPath(const QString &name)
{
    return QStringLiteral(ATTEND_TEST_DATA "/feeds/") + name;
}

/** A clock that stays at one instant: Now & Next and the dimming of ended sessions hold still. */
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

struct AgendaFixture {
    /** clock: what "now" is for Now & Next and dimming; may be null (the system's). */
    explicit AgendaFixture(Clock *clock = nullptr)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        schedule = std::make_unique<PersonalSchedule>(ScheduleStore(dir.filePath(QStringLiteral("schedule.json"))));
        schedule->load();
        agenda = std::make_unique<Agenda>(&formatter, schedule.get(), nullptr, clock);
    }
    /** Shows a feed of tests/data/feeds; false when it does not parse. */
    bool show(const QString &feed)
    {
        ParseResult result = FeedReader::readFile(feedPath(feed));
        if (!result.ok)
            return false;
        agenda->setConference(std::move(result.conference));
        return true;
    }

    QTemporaryDir dir;
    TimeFormatter formatter;
    std::unique_ptr<PersonalSchedule> schedule;
    std::unique_ptr<Agenda> agenda;
};

} // namespace Attend::Test
