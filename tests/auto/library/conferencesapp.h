#pragma once

// One application's worth of the objects the conference library needs, on files in one folder,
// with the real system clock and an in-memory keychain: for tests of Conferences, local or remote.

#include "models/agenda.h"
#include "models/conferences.h"
#include "models/timeformatter.h"
#include "domain/clock.h"
#include "schedule/personalschedule.h"
#include "secrets/memorysecretstore.h"

namespace Attend::Test {

struct ConferencesApp {
    /** loadLibrary: read the library and show its current conference at once, as the app starts. */
    explicit ConferencesApp(const QString &dir, bool loadLibrary = true)
        : schedule(ScheduleStore(dir + QStringLiteral("/schedule.json")))
        , agenda(&formatter, &schedule)
        , conferences(&agenda, &schedule, &formatter, &clock, &secrets, dir + QStringLiteral("/conferences.json"),
                      dir + QStringLiteral("/feeds"))
    {
        schedule.load();
        if (loadLibrary)
            conferences.load();
    }
    SystemClock clock;
    TimeFormatter formatter;
    PersonalSchedule schedule;
    Agenda agenda;
    MemorySecretStore secrets;
    Conferences conferences;
};

} // namespace Attend::Test
