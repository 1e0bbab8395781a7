// Remote feeds against a real nginx on loopback (tests/network/nginx-fixture.sh, a ctest fixture):
// the first download is a 200 and the next check a 304 (read from nginx's own access log); a
// changed file is a 200 again and a bookmarked session that moved is told once; three conferences
// in three formats come back from their copies after a restart with the server gone.

#include "../auto/library/conferencesapp.h"
#include "library/feedupdater.h"
#include "models/agenda.h"
#include "models/conferences.h"
#include "models/timeformatter.h"
#include "domain/clock.h"
#include "schedule/personalschedule.h"
#include "secrets/memorysecretstore.h"
#include "../auto/secrets/filescan.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {

QString nginxDir()
{
    return qEnvironmentVariable("ATTEND_NGINX_DIR");
}

QString baseUrl()
{
    QFile portFile(nginxDir() + QStringLiteral("/port"));
    if (!portFile.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(portFile.readAll().trimmed()));
}

QString served(const QString &name)
{
    return nginxDir() + QStringLiteral("/www/") + name;
}

QByteArray feedBytes(const QString &name)
{
    QFile file(QStringLiteral(ATTEND_TEST_DATA "/feeds/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool serve(const QString &name, const QByteArray &bytes, const QDateTime &modified = QDateTime::currentDateTimeUtc())
{
    QFile file(served(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    // nginx's ETag is mtime and size: set the time so that a change is a change within a second too.
    QFile touched(served(name));
    return touched.open(QIODevice::ReadWrite) && touched.setFileTime(modified, QFileDevice::FileModificationTime);
}

/** The status codes nginx logged for GETs of this path, in order. */
QStringList loggedStatuses(const QString &path)
{
    QFile log(nginxDir() + QStringLiteral("/access.log"));
    QStringList statuses;
    if (!log.open(QIODevice::ReadOnly))
        return statuses;
    const QString prefix = QStringLiteral("GET /") + path + QLatin1Char(' ');
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(prefix))
            statuses.append(text.mid(prefix.size(), 3));
    }
    return statuses;
}

/** The library's objects on files in one folder; each test loads it when it is ready. */
struct App : Attend::Test::ConferencesApp {
    explicit App(const QString &dir)
        : ConferencesApp(dir, false)
    {
    }
};

bool add(App &app, const QString &url)
{
    app.adding.check(url, AddConferenceController::Auth::None, QString(), QString());
    if (!QTest::qWaitFor([&] { return app.adding.probeState() != AddConferenceController::ProbeState::Checking; }, 15000))
        return false;
    if (app.adding.probeState() != AddConferenceController::ProbeState::Found) {
        qWarning() << "check failed:" << app.adding.probeError();
        return false;
    }
    QSignalSpy added(&app.conferences, &Conferences::added);
    app.adding.addChecked();
    return added.count() == 1 || added.wait(5000);
}

bool refreshAndWait(App &app)
{
    FeedUpdater *updater = app.conferences.updater(app.conferences.currentId());
    if (!updater)
        return false;
    // A start-up refresh may still be running: let it end first.
    if (!QTest::qWaitFor([&] { return !updater->isBusy(); }, 15000))
        return false;
    app.conferences.refreshNow();
    return QTest::qWaitFor([&] { return !updater->isBusy(); }, 15000);
}

} // namespace

class TestFeedServing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!baseUrl().isEmpty(), "the nginx fixture did not run (ATTEND_NGINX_DIR)");
    }

    void firstDownloadThenNotModified()
    {
        QTemporaryDir dir;
        QVERIFY(serve(QStringLiteral("democon.xml"), feedBytes(QStringLiteral("pretalx-democon-2022.xml"))));
        App app(dir.path());
        app.conferences.load();
        QVERIFY(add(app, baseUrl() + QStringLiteral("democon.xml")));
        QCOMPARE(app.agenda.sessionCount(), 35);
        QCOMPARE(loggedStatuses(QStringLiteral("democon.xml")), QStringList{QStringLiteral("200")});

        QVERIFY(refreshAndWait(app));
        // The second GET was conditional, and nginx answered it with a 304.
        QCOMPARE(loggedStatuses(QStringLiteral("democon.xml")), (QStringList{QStringLiteral("200"), QStringLiteral("304")}));
        QVERIFY2(app.conferences.statusText().startsWith(QStringLiteral("Updated ")), qPrintable(app.conferences.statusText()));
        QVERIFY(app.conferences.statusText().contains(QStringLiteral(" · checked ")));
        QCOMPARE(app.agenda.sessionCount(), 35);
    }

    void aMovedBookmarkIsToldOnceAndRemindsAtTheNewTime()
    {
        QTemporaryDir dir;
        const QByteArray original = feedBytes(QStringLiteral("pretalx-democon-2022.xml"));
        QVERIFY(serve(QStringLiteral("moving.xml"), original, QDateTime::currentDateTimeUtc().addSecs(-60)));
        App app(dir.path());
        app.conferences.load();
        QVERIFY(add(app, baseUrl() + QStringLiteral("moving.xml")));
        const QString key = QStringLiteral("g:3d4850d3-2dfb-5648-b82c-860600bf368a");
        QVERIFY(app.agenda.session(key));
        app.agenda.toggleBookmark(key);
        QVERIFY(app.schedule.isBookmarked(app.agenda.conferenceId(), key));

        // The organisers move "Persevering cohesive concept" from 01:50 to 02:20.
        QByteArray moved = original;
        moved.replace("<date>2022-09-06T01:50:00+02:00</date>\n                <start>01:50</start>",
                      "<date>2022-09-06T02:20:00+02:00</date>\n                <start>02:20</start>");
        QVERIFY(moved != original);
        QVERIFY(serve(QStringLiteral("moving.xml"), moved));

        QSignalSpy told(&app.conferences, &Conferences::bookmarksChanged);
        QVERIFY(refreshAndWait(app));
        QCOMPARE(loggedStatuses(QStringLiteral("moving.xml")).last(), QStringLiteral("200"));
        QCOMPARE(told.count(), 1);
        const auto changes = told.at(0).at(1).value<QList<BookmarkChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, BookmarkChange::Kind::Moved);
        QCOMPARE(changes.at(0).oldStart, QDateTime(QDate(2022, 9, 5), QTime(23, 50), Qt::UTC));
        QCOMPARE(changes.at(0).newStart, QDateTime(QDate(2022, 9, 6), QTime(0, 20), Qt::UTC));
        // Reminders use the new time; the mark says where it was.
        const Bookmark *bookmark = app.schedule.bookmark(app.agenda.conferenceId(), key);
        QCOMPARE(bookmark->start, QDateTime(QDate(2022, 9, 6), QTime(0, 20), Qt::UTC));
        QCOMPARE(bookmark->movedFrom, QDateTime(QDate(2022, 9, 5), QTime(23, 50), Qt::UTC));

        // Checked again, unchanged: a 304 and no second notification.
        QVERIFY(refreshAndWait(app));
        QCOMPARE(loggedStatuses(QStringLiteral("moving.xml")).last(), QStringLiteral("304"));
        QCOMPARE(told.count(), 1);
    }

    void aBrokenUpdateKeepsTheLastGoodCopy()
    {
        QTemporaryDir dir;
        QVERIFY(serve(QStringLiteral("breaking.xml"), feedBytes(QStringLiteral("pretalx-democon-2022.xml")),
                      QDateTime::currentDateTimeUtc().addSecs(-60)));
        App app(dir.path());
        app.conferences.load();
        QVERIFY(add(app, baseUrl() + QStringLiteral("breaking.xml")));
        QVERIFY(serve(QStringLiteral("breaking.xml"), QByteArrayLiteral("<schedule><conference><title>Broken")));
        QVERIFY(refreshAndWait(app));
        QCOMPARE(app.agenda.sessionCount(), 35);
        QVERIFY2(app.conferences.statusText().startsWith(QStringLiteral("Could not update (")), qPrintable(app.conferences.statusText()));
        QVERIFY(app.conferences.statusIsProblem());
        // The copy on disk is still the good one.
        FeedUpdater *updater = app.conferences.updater(app.conferences.currentId());
        QVERIFY(updater->readCopy().ok);
    }

    // Issue 14, item 6, over HTTP: a second address claiming a followed conference's id is asked
    // about, and an update of a followed address that now claims another conference is refused.
    void anotherAddressOrAnUpdateCannotTakeOverAConference()
    {
        QTemporaryDir dir;
        const QByteArray democon = feedBytes(QStringLiteral("pretalx-democon-2022.xml"));
        QVERIFY(serve(QStringLiteral("claimed.xml"), democon, QDateTime::currentDateTimeUtc().addSecs(-60)));
        QByteArray hijack = democon;
        hijack.replace("Dark Red Room", "Hijacked Room");
        QVERIFY(serve(QStringLiteral("claiming.xml"), hijack));
        QVERIFY(serve(QStringLiteral("jres-here.ics"), feedBytes(QStringLiteral("jres-2022.ics"))));
        App app(dir.path());
        app.conferences.load();
        QVERIFY(add(app, baseUrl() + QStringLiteral("jres-here.ics")));
        QVERIFY(add(app, baseUrl() + QStringLiteral("claimed.xml")));
        const QString followed = app.conferences.currentId();
        const QString key = QStringLiteral("g:3d4850d3-2dfb-5648-b82c-860600bf368a");
        app.agenda.toggleBookmark(key);
        const Bookmark before = *app.schedule.bookmark(QStringLiteral("democon"), key);
        QCOMPARE(before.feedAddress, baseUrl() + QStringLiteral("claimed.xml"));

        app.adding.check(baseUrl() + QStringLiteral("claiming.xml"), AddConferenceController::Auth::None, QString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(app.adding.probeState() == AddConferenceController::ProbeState::Found, 15000);
        QVERIFY(app.adding.probeQuestion().contains(baseUrl() + QStringLiteral("claimed.xml")));
        app.adding.addChecked(); // not without an answer
        QCOMPARE(app.conferences.model()->rowCount(), 3);
        QCOMPARE(*app.schedule.bookmark(QStringLiteral("democon"), key), before);
        app.adding.cancelCheck();

        // The followed address now serves JRES, which is followed too.
        QVERIFY(serve(QStringLiteral("claimed.xml"), feedBytes(QStringLiteral("jres-2022.ics"))));
        QCOMPARE(app.conferences.currentId(), followed);
        QVERIFY(refreshAndWait(app));
        QCOMPARE(loggedStatuses(QStringLiteral("claimed.xml")).last(), QStringLiteral("200"));
        QVERIFY2(app.conferences.statusText().contains(QStringLiteral("the feed now claims to be another conference (JRES 2021/22)")),
                 qPrintable(app.conferences.statusText()));
        QCOMPARE(app.agenda.sessionCount(), 35);
        QCOMPARE(app.conferences.updater(followed)->readCopy().conference.title, QStringLiteral("DemoCon"));
        QCOMPARE(*app.schedule.bookmark(QStringLiteral("democon"), key), before);
    }

    void aPrivateFeedsTokenIsSentAndNeverWritten()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(served(QStringLiteral("private"))));
        QVERIFY(serve(QStringLiteral("private/members.xml"), feedBytes(QStringLiteral("pretalx-democon-2022.xml"))));
        App app(dir.path());
        app.conferences.load();
        const QString url = baseUrl() + QStringLiteral("private/members.xml");

        // Without the token, the person is told what is missing.
        app.adding.check(url, AddConferenceController::Auth::None, QString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(app.adding.probeState() == AddConferenceController::ProbeState::Failed, 15000);
        QCOMPARE(app.adding.probeError(), QStringLiteral("the feed needs credentials"));

        const QString token = QStringLiteral("attend-test-token");
        app.adding.check(url, AddConferenceController::Auth::Bearer, QString(), token);
        QTRY_VERIFY_WITH_TIMEOUT(app.adding.probeState() == AddConferenceController::ProbeState::Found, 15000);
        QSignalSpy added(&app.conferences, &Conferences::added);
        app.adding.addChecked(); // the (in-memory) keychain keeps the token
        QVERIFY(added.count() == 1 || added.wait(5000));
        QVERIFY(refreshAndWait(app));
        QCOMPARE(loggedStatuses(QStringLiteral("private/members.xml")),
                 (QStringList{QStringLiteral("401"), QStringLiteral("200"), QStringLiteral("304")}));
        QCOMPARE(app.agenda.sessionCount(), 35);
        // Nothing Attend wrote holds it: not the library, not the copy's info, not the schedule.
        QCOMPARE(Attend::Test::filesContaining(dir.path(), token.toUtf8()), QStringList());
    }

    void aPasswordInTheAddressGoesToTheKeychainAndIsSentAsBasic_data()
    {
        QTest::addColumn<bool>("fromCommandLine"); // --feed URL, else the "Add a conference" dialog
        QTest::addRow("dialog") << false;
        QTest::addRow("--feed") << true;
    }
    void aPasswordInTheAddressGoesToTheKeychainAndIsSentAsBasic()
    {
        QFETCH(bool, fromCommandLine);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(served(QStringLiteral("basic"))));
        QVERIFY(serve(QStringLiteral("basic/members.xml"), feedBytes(QStringLiteral("pretalx-democon-2022.xml"))));
        App app(dir.path());
        app.conferences.load();
        const QString password = QStringLiteral("pw-in-address");
        const QString bare = baseUrl() + QStringLiteral("basic/members.xml");
        QString address = bare;
        address.replace(QStringLiteral("http://"), QStringLiteral("http://attend:") + password + QLatin1Char('@'));

        QSignalSpy added(&app.conferences, &Conferences::added);
        if (fromCommandLine) {
            app.adding.openFeed(address);
        } else {
            app.adding.check(address, AddConferenceController::Auth::None, QString(), QString());
            QTRY_VERIFY_WITH_TIMEOUT(app.adding.probeState() == AddConferenceController::ProbeState::Found, 15000);
            app.adding.addChecked();
        }
        QVERIFY(added.count() == 1 || added.wait(15000));
        QCOMPARE(app.agenda.sessionCount(), 35);

        // The address kept is the bare one; the password is in the (in-memory) keychain, under it.
        const Subscription *subscription = app.conferences.library().find(app.conferences.currentId());
        QVERIFY(subscription);
        QCOMPARE(subscription->url, QUrl(bare));
        QCOMPARE(subscription->auth, FeedCredentials::Kind::Basic);
        QCOMPARE(subscription->user, QStringLiteral("attend"));
        QSignalSpy read(&app.secrets, &SecretStore::readFinished);
        app.secrets.read(secretKeyFor(*subscription));
        QVERIFY(read.wait(2000));
        QCOMPARE(read.at(0).at(1).toString(), password);

        // Later refreshes send it too, as Basic (nginx answers 401 otherwise).
        QVERIFY(refreshAndWait(app));
        QVERIFY(!app.conferences.statusIsProblem());
        QFile log(nginxDir() + QStringLiteral("/access.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray basic = "\"Basic " + QByteArray("attend:pw-in-address").toBase64() + "\"";
        int sent = 0;
        for (const QByteArray &line : log.readAll().split('\n'))
            sent += line.startsWith("GET /basic/members.xml 200 ") && line.endsWith(basic) ? 1 : 0;
        QVERIFY2(sent >= 1, "no 200 for the Basic credentials in nginx's log");
        // Nothing Attend wrote holds it: not the library, not the copy's info.
        QCOMPARE(Attend::Test::filesContaining(dir.path(), password.toUtf8()), QStringList());
    }

    // Last: it stops the server.
    void threeFormatsComeBackOfflineAfterARestart()
    {
        QTemporaryDir dir;
        QVERIFY(serve(QStringLiteral("fosdem.xml"), feedBytes(QStringLiteral("fosdem-2026-pretalx-pentabarf.xml"))));
        QVERIFY(serve(QStringLiteral("camp.json"), feedBytes(QStringLiteral("camp2019-frab.json"))));
        QVERIFY(serve(QStringLiteral("jres.ics"), feedBytes(QStringLiteral("jres-2022.ics"))));
        QStringList ids;
        {
            App app(dir.path());
            app.conferences.load();
            for (const QString &name : {QStringLiteral("fosdem.xml"), QStringLiteral("camp.json"), QStringLiteral("jres.ics")}) {
                QVERIFY2(add(app, baseUrl() + name), qPrintable(name));
                ids.append(app.conferences.currentId());
            }
            QCOMPARE(app.conferences.model()->rowCount(), 4); // and the built-in agenda
        }

        // The server goes away; Attend starts again.
        QVERIFY(QProcess::execute(QStringLiteral("sh"), {QStringLiteral(ATTEND_NGINX_FIXTURE), QStringLiteral("stop"), nginxDir()}) == 0);
        App app(dir.path());
        app.conferences.load();
        QCOMPARE(app.conferences.model()->rowCount(), 4);
        const QList<int> expected{883, 79, 120};
        for (int i = 0; i < ids.size(); ++i) {
            app.conferences.switchTo(ids.at(i));
            QCOMPARE(app.agenda.sessionCount(), expected.at(i));
            QVERIFY(refreshAndWait(app));
            QVERIFY2(app.conferences.statusText().startsWith(QStringLiteral("Offline — showing the copy from ")),
                     qPrintable(app.conferences.statusText()));
            QCOMPARE(app.agenda.sessionCount(), expected.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedServing)
#include "tst_feedserving.moc"
