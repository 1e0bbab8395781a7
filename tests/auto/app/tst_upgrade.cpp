// Nothing is lost on upgrade: the files Attend 0.1.0 wrote (tests/data/upgrade-0.1.0, see its README)
// are opened by this Attend, as the app opens them at start, and everything the person had is
// there: bookmarks, reminders that fired (and do not fire again), the followed conferences read
// from their kept copies with the network gone, their validators, the filters, hidden tracks and
// rooms, and the settings. Then the app is started a second time on what the first one wrote.
// This is the guard of every stored format: when a format changes, migrate it; never edit the
// fixtures to make this pass.

#include "app/appshell.h"
#include "../feedproxy.h"
#include "models/agenda.h"
#include "models/conferencelistmodel.h"
#include "models/conferences.h"
#include "models/schedulemodel.h"
#include "models/sessionfiltermodel.h"
#include "library/settings.h"
#include "models/timeformatter.h"
#include "reminders/reminderscheduler.h"
#include "schedule/personalschedule.h"

#include <QApplication>
#include <algorithm>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkProxy>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {

const QString fixtures = QStringLiteral(ATTEND_TEST_DATA "/upgrade-0.1.0");
const QString democonUrl = QStringLiteral("http://feeds.attend.invalid/democon/schedule.xml");
const QString kieluxUrl = QStringLiteral("http://feeds.attend.invalid/kielux/2020.ics");
const QString campUrl = QStringLiteral("http://feeds.attend.invalid/camp/2019/schedule.json");

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

/** The titles of the bookmarks of one conference, sorted. */
QStringList bookmarkedTitles(const PersonalSchedule &schedule, const QString &conferenceId)
{
    QStringList titles;
    for (const Bookmark &bookmark : schedule.bookmarks(conferenceId))
        titles.append(bookmark.title);
    titles.sort();
    return titles;
}

QString idOf(const QString &url)
{
    return subscriptionIdFor(QUrl(url));
}

SessionFilterModel *agendaFilter(AppShell &shell)
{
    return shell.window() ? shell.window()->findChild<SessionFilterModel *>() : nullptr;
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    /** Everything the 0.1.0 files hold, found through the running app. */
    void checkEverything(AppShell &shell)
    {
        PersonalSchedule *schedule = shell.schedule();
        Agenda *agenda = shell.agenda();
        Conferences *conferences = shell.conferences();
        QCOMPARE(schedule->problem(), QString());

        // The followed conferences, in the order they were added, DemoCon on screen.
        ConferenceListModel *list = conferences->model();
        QCOMPARE(list->rowCount(), 4);
        QCOMPARE(list->index(1).data(ConferenceListModel::IdRole).toString(), idOf(kieluxUrl));
        QCOMPARE(list->index(2).data(ConferenceListModel::IdRole).toString(), idOf(campUrl));
        QCOMPARE(list->index(3).data(ConferenceListModel::IdRole).toString(), idOf(democonUrl));
        QCOMPARE(list->index(3).data(ConferenceListModel::TitleRole).toString(), QStringLiteral("DemoCon"));
        QCOMPARE(conferences->currentId(), idOf(democonUrl));
        QCOMPARE(agenda->title(), QStringLiteral("DemoCon"));
        QCOMPARE(agenda->sessionCount(), 35); // from the kept copy: the network is not there

        // Bookmarks, with the reminder switched off where it was.
        QCOMPARE(schedule->allBookmarks().size(), 10);
        QCOMPARE(bookmarkedTitles(*schedule, agenda->conferenceId()),
                 (QStringList{QStringLiteral("Adaptive logistical framework"), QStringLiteral("Future-proofed mission-critical utilization"),
                              QStringLiteral("Horizontal didactic methodology"), QStringLiteral("Monitored non-volatile matrix"),
                              QStringLiteral("Secured composite protocol"), QStringLiteral("Streamlined real-time database"),
                              QStringLiteral("Visionary mission-critical toolset")}));
        for (const Bookmark &bookmark : schedule->bookmarks(agenda->conferenceId())) {
            QCOMPARE(bookmark.reminderEnabled, bookmark.title != QLatin1String("Monitored non-volatile matrix"));
            QVERIFY(agenda->isBookmarked(bookmark.key));
        }
        // My schedule shows them, with the clashes.
        ScheduleModel *mine = agenda->mySchedule();
        QCOMPARE(mine->rowCount(), 7);
        QStringList clashing;
        for (int row = 0; row < mine->rowCount(); ++row) {
            if (mine->index(row).data(ScheduleModel::ClashRole).toBool())
                clashing.append(mine->index(row).data(ScheduleModel::TitleRole).toString());
        }
        clashing.sort();
        QCOMPARE(clashing, (QStringList{QStringLiteral("Future-proofed mission-critical utilization"), QStringLiteral("Horizontal didactic methodology"),
                                         QStringLiteral("Secured composite protocol"), QStringLiteral("Streamlined real-time database")}));

        // Reminder settings; the next reminder is the 14:00 pair's, 15 minutes ahead (12:00 has none).
        QCOMPARE(schedule->leadMinutes(), 15);
        QCOMPARE(schedule->remindersPaused(), false);
        QCOMPARE(shell.scheduler()->nextDue(), QDateTime(QDate(2022, 9, 7), QTime(11, 45), Qt::UTC));

        // Settings: the zone shown, the window, the page, the refresh interval.
        QCOMPARE(shell.formatter()->viewerZoneName(), QStringLiteral("America/New_York"));
        QCOMPARE(shell.formatter()->useEventZone(), true);
        QCOMPARE(Settings::instance()->refreshMinutes(), 120);
        QVERIFY(shell.window());
        QCOMPARE(shell.window()->geometry().size(), QSize(1100, 700));
        QCOMPARE(shell.window()->findChild<QObject *>(QStringLiteral("homePage"))->property("currentTab").toInt(), 1);

        // Hidden tracks and filters, per conference.
        SessionFilterModel *filter = agendaFilter(shell);
        QVERIFY(filter);
        QCOMPARE(agenda->hiddenTracks(), QStringList{QStringLiteral("Right-sized")});
        QCOMPARE(filter->days(), QList<int>{1});
        QCOMPARE(filter->tracks(), (QStringList{QStringLiteral("Organic"), QStringLiteral("Multi-lateral")}));
        QCOMPARE(filter->bookmarkedOnly(), false);

        conferences->switchTo(idOf(campUrl));
        QCOMPARE(agenda->title(), QStringLiteral("Chaos Communication Camp 2019"));
        QCOMPARE(agenda->sessionCount(), 79);
        QCOMPARE(schedule->bookmarks(agenda->conferenceId()).size(), 1);
        QCOMPARE(agenda->hiddenTracks(), QStringList{QStringLiteral("CCC")});
        QCOMPARE(filter->bookmarkedOnly(), true);
        QCOMPARE(filter->tracks(), QStringList());

        conferences->switchTo(idOf(kieluxUrl));
        QCOMPARE(agenda->sessionCount(), 24);
        QCOMPARE(schedule->bookmarks(agenda->conferenceId()).size(), 2);
        QCOMPARE(agenda->hiddenRooms().size(), 1);
        QCOMPARE(agenda->hiddenTracks(), QStringList());

        conferences->switchTo(idOf(democonUrl));
        QCOMPARE(agenda->sessionCount(), 35);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QFile::exists(fixtures + QStringLiteral("/data/Attend/attend/schedule.json")));
        QVERIFY(copyTree(fixtures + QStringLiteral("/config"), m_home.filePath(QStringLiteral("config"))));
        QVERIFY(copyTree(fixtures + QStringLiteral("/data"), m_home.filePath(QStringLiteral("data"))));
        // Attend's own paths, as on a person's machine: not QStandardPaths' test mode.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
        // Ten past ten in Berlin on DemoCon's second day: two reminders that fired at 09:55 are due and on.
        qputenv("ATTEND_PRETEND_NOW", "2022-09-07T08:05:00Z");
        setApplicationIdentity();
    }

    // First with no network at all: every proxy connection is refused.
    void findsEverythingOffline()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));

        AppShell shell;
        QSignalSpy reminders(shell.scheduler(), &ReminderScheduler::reminderDue);
        QVERIFY(shell.start(CommandLineOptions{}));
        checkEverything(shell);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(reminders.count(), 0); // fired in 0.1.0, not again
        shell.scheduler()->evaluate();
        QCOMPARE(reminders.count(), 0);

        // A refresh that fails keeps the copy.
        shell.conferences()->refreshNow();
        QTRY_VERIFY(!shell.conferences()->busy());
        QCOMPARE(shell.agenda()->sessionCount(), 35);
    }

    // The kept copies' validators make the next refresh conditional: the server says 304.
    void refreshesWithTheKeptValidators()
    {
        Attend::Test::FeedProxy proxy;
        QVERIFY(proxy.listen());
        // Were the validators lost, the unconditional GET would get this body, which does not parse.
        proxy.serve(democonUrl, {"not a feed", "application/xml", "\"democon-v1.43\"", "Mon, 05 Sep 2022 18:00:00 GMT"});
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));

        AppShell shell;
        QSignalSpy reminders(shell.scheduler(), &ReminderScheduler::reminderDue);
        QVERIFY(shell.start(CommandLineOptions{}));
        shell.conferences()->refreshNow();
        QTRY_VERIFY(std::any_of(proxy.requests().cbegin(), proxy.requests().cend(),
                                [](const Attend::Test::FeedProxy::Request &each) { return each.url == democonUrl; }));
        QTRY_VERIFY(!shell.conferences()->busy());
        Attend::Test::FeedProxy::Request request;
        for (const auto &each : proxy.requests()) {
            if (each.url == democonUrl)
                request = each;
        }
        QCOMPARE(request.url, democonUrl);
        QCOMPARE(request.headers.value("if-none-match"), QByteArray("\"democon-v1.43\""));
        QCOMPARE(request.headers.value("if-modified-since"), QByteArray("Mon, 05 Sep 2022 18:00:00 GMT"));
        QVERIFY2(!shell.conferences()->statusIsProblem(), qPrintable(shell.conferences()->statusText()));
        checkEverything(shell); // the files the first test's run wrote back, read again
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(reminders.count(), 0);
    }
};

QTEST_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
