#pragma once

// One application's worth of the objects the conference library needs, on files in one folder,
// with the real system clock and an in-memory keychain: for tests of Conferences and of adding a
// conference, local or remote.

#include "library/feedsecrets.h"
#include "library/settings.h"
#include "models/addconferencecontroller.h"
#include "models/agenda.h"
#include "models/conferences.h"
#include "models/timeformatter.h"
#include "domain/clock.h"
#include "network/networkaccess.h"
#include "schedule/personalschedule.h"
#include "secrets/memorysecretstore.h"

#include <QNetworkAccessManager>

#include <memory>

namespace Attend::Test {

struct ConferencesApp {
    /** loadLibrary: read the library and show its current conference at once, as the app starts. */
    explicit ConferencesApp(const QString &dir, bool loadLibrary = true)
        : settings(dir + QStringLiteral("/attend.conf"))
        , network(createNetworkAccessManager(nullptr))
        , schedule(ScheduleStore(dir + QStringLiteral("/schedule.json")))
        , agenda(&formatter, &schedule)
        , feedSecrets(&secrets)
        , conferences(&agenda, &schedule, &formatter, &clock, &feedSecrets, network.get(), &settings,
                      dir + QStringLiteral("/conferences.json"), dir + QStringLiteral("/feeds"))
        , adding(&conferences, &feedSecrets, network.get())
    {
        agenda.setSettings(&settings);
        schedule.load();
        if (loadLibrary)
            conferences.load();
    }
    SystemClock clock;
    Settings settings;
    std::unique_ptr<QNetworkAccessManager> network;
    TimeFormatter formatter;
    PersonalSchedule schedule;
    Agenda agenda;
    MemorySecretStore secrets;
    FeedSecrets feedSecrets;
    Conferences conferences;
    AddConferenceController adding;
};

} // namespace Attend::Test
