// Writes the files Attend 0.1.0 keeps, by running the real app's objects as a person would use
// them: tests/data/upgrade-0.1.0 was made with it (see the README there). Not part of the normal
// build (ATTEND_UPGRADE_FIXTURE_WRITER=ON): it exists to show how the fixtures came about, and
// must not be rerun by a newer Attend, whose files the fixtures are not.
//
//   upgradefixturewriter FEEDS_DIR
// with XDG_CONFIG_HOME and XDG_DATA_HOME pointing at the folders to fill, and
// ATTEND_PRETEND_NOW=2022-09-07T07:55:00Z (DemoCon's second day, 09:55 in Berlin).

#include "app/appshell.h"
#include "../feedproxy.h"
#include "library/subscription.h"
#include "models/agenda.h"
#include "models/conferences.h"
#include "models/sessionfiltermodel.h"
#include "models/timeformatter.h"
#include "reminders/reminderscheduler.h"
#include "schedule/personalschedule.h"

#include <QApplication>
#include <QFile>
#include <QNetworkProxy>
#include <QQuickWindow>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

using namespace Attend;

namespace {

[[noreturn]] void fail(const QString &why)
{
    fprintf(stderr, "upgradefixturewriter: %s\n", qPrintable(why));
    exit(1);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + path);
    return file.readAll();
}

void follow(AppShell &shell, const QString &url)
{
    Conferences *conferences = shell.conferences();
    const QString id = subscriptionIdFor(QUrl(url));
    conferences->openFeed(url);
    if (!QTest::qWaitFor([&] { return conferences->currentId() == id && !conferences->busy(); }, 20000))
        fail(QStringLiteral("could not follow ") + url);
    if (shell.agenda()->sessionCount() == 0)
        fail(url + QStringLiteral(": no sessions"));
}

/** The key of the session with this title. */
QString keyOf(const Agenda &agenda, const QString &title)
{
    for (const Session &session : agenda.conference().sessions) {
        if (session.title == title)
            return session.key;
    }
    fail(QStringLiteral("no session titled ") + title);
}

void bookmark(Agenda &agenda, const QString &title)
{
    const QString key = keyOf(agenda, title);
    if (!agenda.isBookmarked(key))
        agenda.toggleBookmark(key);
}

SessionFilterModel *agendaFilter(AppShell &shell)
{
    auto *filter = shell.window() ? shell.window()->findChild<SessionFilterModel *>() : nullptr;
    if (!filter)
        fail(QStringLiteral("no agenda filter in the window"));
    return filter;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    if (argc != 2)
        fail(QStringLiteral("usage: upgradefixturewriter FEEDS_DIR"));
    const QString feeds = QString::fromLocal8Bit(argv[1]) + QLatin1Char('/');

    Test::FeedProxy proxy;
    if (!proxy.listen())
        fail(QStringLiteral("cannot listen on loopback"));
    proxy.serve(QStringLiteral("http://feeds.attend.invalid/democon/schedule.xml"),
                {readFile(feeds + QStringLiteral("pretalx-democon-2022.xml")), "application/xml", "\"democon-v1.43\"",
                 "Mon, 05 Sep 2022 18:00:00 GMT"});
    proxy.serve(QStringLiteral("http://feeds.attend.invalid/kielux/2020.ics"),
                {readFile(feeds + QStringLiteral("kielux-2020.ics")), "text/calendar", "\"kielux-2020\"", "Fri, 18 Sep 2020 08:00:00 GMT"});
    proxy.serve(QStringLiteral("http://feeds.attend.invalid/camp/2019/schedule.json"),
                {readFile(feeds + QStringLiteral("camp2019-frab.json")), "application/json", "\"camp2019-final\"",
                 "Sun, 25 Aug 2019 20:00:00 GMT"});
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));

    {
        AppShell shell;
        if (!shell.start(CommandLineOptions{}))
            fail(QStringLiteral("the window did not start"));
        PersonalSchedule *schedule = shell.schedule();
        Agenda *agenda = shell.agenda();
        schedule->setLeadMinutes(15);
        shell.conferences()->setRefreshMinutes(120);

        // Three followed conferences in three formats, each with bookmarks, a hidden track and filters.
        follow(shell, QStringLiteral("http://feeds.attend.invalid/kielux/2020.ics"));
        bookmark(*agenda, agenda->conference().sessions.at(3).title);
        bookmark(*agenda, agenda->conference().sessions.at(10).title);
        agenda->hideRoom(agenda->conference().sessions.at(0).room);

        follow(shell, QStringLiteral("http://feeds.attend.invalid/camp/2019/schedule.json"));
        bookmark(*agenda, agenda->conference().sessions.at(5).title);
        agenda->hideTrack(QStringLiteral("CCC"));
        agendaFilter(shell)->setBookmarkedOnly(true);

        follow(shell, QStringLiteral("http://feeds.attend.invalid/democon/schedule.xml"));
        // It is 09:55 in Berlin on the second day; reminders come 15 minutes ahead.
        bookmark(*agenda, QStringLiteral("Visionary mission-critical toolset"));          // yesterday
        bookmark(*agenda, QStringLiteral("Horizontal didactic methodology"));             // 09:00-10:30, on now
        bookmark(*agenda, QStringLiteral("Streamlined real-time database"));              // 10:00, due 09:45
        bookmark(*agenda, QStringLiteral("Monitored non-volatile matrix"));               // 12:00, no reminder
        agenda->setReminderEnabled(keyOf(*agenda, QStringLiteral("Monitored non-volatile matrix")), false);
        bookmark(*agenda, QStringLiteral("Secured composite protocol"));                  // 14:00-15:30
        bookmark(*agenda, QStringLiteral("Future-proofed mission-critical utilization")); // 14:00, a clash
        bookmark(*agenda, QStringLiteral("Adaptive logistical framework"));               // tomorrow
        // What the reminder timer does when it wakes: the two due reminders fire, and are saved as fired.
        QObject::connect(shell.scheduler(), &ReminderScheduler::reminderDue, [](const Bookmark &due, bool) {
            fprintf(stderr, "upgradefixturewriter: reminded of %s\n", qPrintable(due.title));
        });
        shell.scheduler()->evaluate();
        agenda->hideTrack(QStringLiteral("Right-sized"));
        SessionFilterModel *filter = agendaFilter(shell);
        filter->setDays({1});
        filter->setTracks({QStringLiteral("Organic"), QStringLiteral("Multi-lateral")});

        // The display zone and the window as the person left them, saved when the window closes.
        shell.formatter()->setViewerZone(QTimeZone("America/New_York"));
        shell.formatter()->setUseEventZone(true);
        shell.window()->setGeometry(QRect(40, 30, 1100, 700));
        shell.window()->findChild<QObject *>(QStringLiteral("homePage"))->setProperty("currentTab", 1);
    }
    return 0;
}
