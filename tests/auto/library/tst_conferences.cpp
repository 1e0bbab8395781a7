// The conference library as the window uses it, on local files (the network is tested against
// nginx in tests/network): add, switch, remove with bookmarks kept, add again with them restored,
// and the library surviving a restart.

#include "app/translations.h"
#include "conferencesapp.h"
#include "feed/feedreader.h"
#include "library/conferenceidentity.h"
#include "library/feedupdater.h"
#include "models/agenda.h"
#include "models/conferences.h"
#include "models/timeformatter.h"
#include "domain/clock.h"
#include "schedule/personalschedule.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Attend;

namespace {

QString feed(const char *name)
{
    return QStringLiteral(ATTEND_TEST_DATA "/feeds/") + QLatin1String(name);
}

using App = Attend::Test::ConferencesApp;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

/** DemoCon as another address serves it: the same id ("democon"), the same session keys, other rooms and titles. */
QByteArray hijackingDemoCon()
{
    return readAll(feed("pretalx-democon-2022.xml"))
        .replace("Dark Red Room", "Hijacked Room")
        .replace("Persevering cohesive concept", "Hijacked title")
        .replace("http://localhost/democon/talk/", "https://tracker.example/");
}

const QString persevering = QStringLiteral("Persevering cohesive concept");

} // namespace

class TestConferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnTheBuiltInAgenda()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QCOMPARE(app.conferences.currentId(), Subscription::builtInId());
        QCOMPARE(app.agenda.sessionCount(), 17);
        QCOMPARE(app.conferences.model()->rowCount(), 1);
        QCOMPARE(app.conferences.statusText(), QStringLiteral("Built into Attend"));
        QVERIFY(!app.conferences.refreshable());
    }

    void addSwitchRemoveAndAddAgainKeepsBookmarks()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QAbstractItemModelTester tester(app.conferences.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        app.adding.openFeed(feed("pretalx-democon-2022.xml"));
        QCOMPARE(app.agenda.sessionCount(), 35);
        const QString democon = app.conferences.currentId();
        QCOMPARE(app.conferences.model()->rowCount(), 2);
        const QString key = app.agenda.conference().sessions.constFirst().key;
        app.agenda.toggleBookmark(key);
        const QString conferenceId = app.agenda.conferenceId();

        app.conferences.switchTo(Subscription::builtInId());
        QCOMPARE(app.agenda.sessionCount(), 17);
        app.conferences.switchTo(democon);
        QCOMPARE(app.agenda.sessionCount(), 35);

        app.conferences.remove(democon);
        QCOMPARE(app.conferences.model()->rowCount(), 1);
        QCOMPARE(app.conferences.currentId(), Subscription::builtInId());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("feeds/") + democon)));
        QVERIFY(app.schedule.isBookmarked(conferenceId, key)); // kept

        app.adding.openFeed(feed("pretalx-democon-2022.xml"));
        QCOMPARE(app.conferences.currentId(), democon);
        QVERIFY(app.agenda.isBookmarked(key)); // back, as it was
    }

    /** Undo of a removal: the conference back in its place, shown, from its own copy, with its bookmarks. */
    void undoOfARemovalBringsTheConferenceBackAsItWas()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.adding.openFeed(feed("pretalx-democon-2022.xml"));
        const QString democon = app.conferences.currentId();
        app.adding.openFeed(feed("jres-2022.ics"));
        const QString jres = app.conferences.currentId();
        app.conferences.switchTo(democon);
        const QString key = app.agenda.conference().sessions.constFirst().key;
        app.agenda.toggleBookmark(key);
        const QString copy = dir.filePath(QStringLiteral("feeds/") + democon);
        QVERIFY(QFile::exists(copy));

        const QString title = app.conferences.library().find(democon)->title;
        QVERIFY(!title.isEmpty());
        QSignalSpy said(&app.conferences, &Conferences::removedUndoably);
        app.conferences.remove(democon);
        QCOMPARE(said.size(), 1);
        QVERIFY(said.constFirst().constFirst().toString().contains(title));
        QCOMPARE(app.conferences.model()->rowCount(), 2);
        QVERIFY(!QFile::exists(copy));

        QVERIFY(app.conferences.undoRemove());
        QCOMPARE(app.conferences.model()->rowCount(), 3);
        QCOMPARE(app.conferences.library().indexOf(democon), 1); // before JRES, where it was
        QCOMPARE(app.conferences.library().indexOf(jres), 2);
        QCOMPARE(app.conferences.currentId(), democon);
        QVERIFY(QFile::exists(copy));
        QCOMPARE(app.agenda.sessionCount(), 35); // from its copy, not a download
        QVERIFY(app.agenda.isBookmarked(key));
        QVERIFY(app.conferences.refreshable());
        QVERIFY(!app.conferences.undoRemove()); // once only

        // Once the notice is over, the removal is final: the copy goes, Undo does nothing.
        app.conferences.remove(democon);
        app.conferences.finishRemoval();
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("feeds/.removed/")) + democon));
        QVERIFY(!app.conferences.undoRemove());
        QCOMPARE(app.conferences.model()->rowCount(), 2);
    }

    /** Undo of a star taken off in the agenda: back at the level and reminder switch it had. */
    void undoOfAStarTakenOffRestoresItsLevelAndReminder()
    {
        QTemporaryDir dir;
        App app(dir.path());
        const QString key = app.agenda.conference().sessions.constFirst().key;
        app.agenda.setMaybe(key, true);
        app.agenda.setReminderEnabled(key, false);
        QSignalSpy said(&app.agenda, &Agenda::removedUndoably);
        app.agenda.toggleBookmark(key);
        QVERIFY(!app.agenda.isBookmarked(key));
        QCOMPARE(said.size(), 1);
        QVERIFY(said.constFirst().constFirst().toString().contains(app.agenda.conference().sessions.constFirst().title));

        QVERIFY(app.agenda.undoRemoval());
        QVERIFY(app.agenda.isBookmarked(key));
        QVERIFY(app.agenda.isMaybe(key));
        QVERIFY(!app.agenda.reminderEnabled(key));
        QVERIFY(!app.agenda.undoRemoval()); // once only

        // "Forget" of a conference's bookmarks is undone the same way.
        const QString conferenceId = app.agenda.conferenceId();
        app.agenda.forgetConference(conferenceId);
        QVERIFY(!app.agenda.isBookmarked(key));
        QCOMPARE(said.size(), 2);
        QVERIFY(app.agenda.undoRemoval());
        QVERIFY(app.agenda.isMaybe(key));
    }

    void aReminderOfAnotherConferenceBringsItOnScreen()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.adding.openFeed(feed("jres-2022.ics"));
        const QString jresId = app.agenda.conferenceId();
        app.conferences.switchTo(Subscription::builtInId());
        QCOMPARE(app.agenda.sessionCount(), 17);
        QVERIFY(app.conferences.showConferenceWithId(jresId));
        QCOMPARE(app.agenda.conferenceId(), jresId);
        QCOMPARE(app.agenda.sessionCount(), 120);
        QVERIFY(!app.conferences.showConferenceWithId(QStringLiteral("never-followed")));
        // And back to the built-in agenda, by the id its bookmarks carry.
        QVERIFY(app.conferences.showConferenceWithId(QStringLiteral("rethinkconn2022")));
        QCOMPARE(app.agenda.sessionCount(), 17);
    }

    void theLibrarySurvivesARestart()
    {
        QTemporaryDir dir;
        QString democon;
        {
            App app(dir.path());
            app.adding.openFeed(feed("jres-2022.ics"));
            app.adding.openFeed(feed("pretalx-democon-2022.xml"));
            democon = app.conferences.currentId();
        }
        App again(dir.path());
        QCOMPARE(again.conferences.model()->rowCount(), 3);
        QCOMPARE(again.conferences.currentId(), democon);
        QCOMPARE(again.agenda.sessionCount(), 35);
        QCOMPARE(again.conferences.model()->index(1).data(ConferenceListModel::TitleRole).toString(), QStringLiteral("JRES 2021/22"));
    }

    void theLibraryIsPrivate()
    {
        // Which members-only feeds the person follows is theirs alone.
        QTemporaryDir dir;
        App app(dir.path());
        app.adding.openFeed(feed("jres-2022.ics"));
        const QString library = dir.filePath(QStringLiteral("conferences.json"));
        QVERIFY(QFile::exists(library));
        QCOMPARE(QFile::permissions(library) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void aPasswordInTheAddressIsNeverShown()
    {
        // Port 1 refuses: the error names the address, but never with the password in it.
        QTemporaryDir dir;
        App app(dir.path());
        const QString address = QStringLiteral("https://user:pw-in-address@127.0.0.1:1/x");
        app.adding.check(address, AddConferenceController::Auth::None, QString(), QString());
        QTRY_COMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Failed);
        QVERIFY(!app.adding.probeError().isEmpty());
        QVERIFY2(!app.adding.probeError().contains(QStringLiteral("pw-in-address")), qPrintable(app.adding.probeError()));

        app.adding.openFeed(address);
        QTRY_VERIFY(!app.conferences.problem().isEmpty());
        QVERIFY2(app.conferences.problem().contains(QStringLiteral("https://127.0.0.1:1/x")), qPrintable(app.conferences.problem()));
        QVERIFY2(!app.conferences.problem().contains(QStringLiteral("pw-in-address")), qPrintable(app.conferences.problem()));
        QCOMPARE(app.conferences.model()->rowCount(), 1); // nothing added, nothing stored
    }

    void aFileThatDoesNotParseIsNotAddedAndSaysWhy()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.xml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<schedule><conference><title>Broken");
        broken.close();
        App app(dir.path());
        app.adding.openFeed(broken.fileName());
        QCOMPARE(app.conferences.model()->rowCount(), 1);
        QVERIFY(app.conferences.problem().contains(QStringLiteral("broken.xml")));
        QCOMPARE(app.agenda.sessionCount(), 17);
    }

    void checkShowsWhatItFoundBeforeAdding()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.adding.check(QUrl::fromLocalFile(feed("camp2019-frab.json")).toString(), AddConferenceController::Auth::None, QString(), QString());
        QTRY_COMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Found);
        QCOMPARE(app.adding.probeTitle(), QStringLiteral("Chaos Communication Camp 2019"));
        QVERIFY2(app.adding.probeSummary().startsWith(QStringLiteral("79 sessions · ")), qPrintable(app.adding.probeSummary()));
        QCOMPARE(app.conferences.model()->rowCount(), 1); // nothing kept yet
        app.adding.addChecked();
        QCOMPARE(app.conferences.model()->rowCount(), 2);
        QCOMPARE(app.agenda.sessionCount(), 79);

        app.adding.check(QStringLiteral("ftp://example.org/feed.xml"), AddConferenceController::Auth::None, QString(), QString());
        QTRY_COMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Failed);
        QVERIFY(!app.adding.probeError().isEmpty());
    }

    // Issue 11, item 6: a web page, and an address followed already, in plain words.
    void aWebPageIsSaidToBeOneAndOffersItsFeeds()
    {
        QTemporaryDir dir;
        App app(dir.path());
        const QString page = writeFile(dir, QStringLiteral("index.html"),
                                       "<!DOCTYPE html>\n<html><head><title>DemoCon</title>"
                                       "<link rel=\"alternate\" type=\"application/xml\" href=\"https://pretalx.example/democon/schedule/export/schedule.xml\">"
                                       "</head><body><a href=\"https://pretalx.example/democon/schedule/export/schedule.ics\">iCal</a>"
                                       "<a href=\"https://pretalx.example/democon/talk/\">Talks</a></body></html>");
        app.adding.check(QUrl::fromLocalFile(page).toString(), AddConferenceController::Auth::None, QString(), QString());
        QTRY_COMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Failed);
        QVERIFY2(app.adding.probeError().startsWith(QStringLiteral("This is a web page, not a schedule feed.")), qPrintable(app.adding.probeError()));
        QVERIFY(!app.adding.probeError().contains(QStringLiteral("DOCTYPE")));
        QCOMPARE(app.adding.probeLinks(),
                 (QStringList{QStringLiteral("https://pretalx.example/democon/schedule/export/schedule.xml"),
                              QStringLiteral("https://pretalx.example/democon/schedule/export/schedule.ics")}));
        QCOMPARE(app.conferences.model()->rowCount(), 1);
    }

    // No scheme typed: https:// is tried, and said; a server that speaks plain http on that port
    // fails the handshake, and the person reads why in words, not "wrong version number".
    void anAddressWithoutSchemeTriesHttpsAndExplainsTheFailure()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        const QString hostAndPort = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        app.adding.check(hostAndPort + QStringLiteral("/schedule.xml"), AddConferenceController::Auth::None, QString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(app.adding.probeState(), AddConferenceController::ProbeState::Failed, 20000);
        const QString error = app.adding.probeError();
        QVERIFY2(error.startsWith(hostAndPort + QStringLiteral(" did not answer a secure (https) connection.")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("http://")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("version number"), Qt::CaseInsensitive), qPrintable(error));
    }

    void anAddressFollowedAlreadyIsOfferedNotAddedAgain()
    {
        QTemporaryDir dir;
        App app(dir.path());
        const QString address = QUrl::fromLocalFile(feed("camp2019-frab.json")).toString();
        app.adding.check(address, AddConferenceController::Auth::None, QString(), QString());
        QTRY_COMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Found);
        app.adding.addChecked();
        QCOMPARE(app.conferences.model()->rowCount(), 2);
        const QString followedId = app.conferences.currentId();
        app.conferences.switchTo(app.conferences.model()->index(0).data(ConferenceListModel::IdRole).toString());
        app.adding.check(address, AddConferenceController::Auth::None, QString(), QString());
        QCOMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Failed);
        QCOMPARE(app.adding.probeError(), QStringLiteral("You already follow Chaos Communication Camp 2019."));
        QCOMPARE(app.adding.probeFollowedId(), followedId);
        QCOMPARE(app.conferences.model()->rowCount(), 2);
    }

    // Issue 11, item 10: a zone guessed from the venue (FOSDEM 2024 writes local times only) is
    // corrected by the person; the wall clock stays, the instants move, bookmarks with them, silently.
    void aZoneSetByThePersonReplacesWallClockTimesSilently()
    {
        QTemporaryDir dir;
        QSettings().remove(QStringLiteral("zones"));
        QDateTime firstStartUtc;
        QString key;
        QString conferenceId;
        {
            App app(dir.path());
            app.adding.openFeed(feed("fosdem-2024-pentabarf.xml"));
            QCOMPARE(app.agenda.conference().zoneSource, ZoneSource::GuessedFromCity);
            QCOMPARE(QString::fromUtf8(app.agenda.conference().timeZone.id()), QStringLiteral("Europe/Brussels"));
            const Session first = app.agenda.conference().sessions.constFirst();
            key = first.key;
            conferenceId = app.agenda.conferenceId();
            firstStartUtc = first.start;
            const QTime wall = first.start.toTimeZone(QTimeZone("Europe/Brussels")).time();
            app.agenda.toggleBookmark(key);
            QSignalSpy told(&app.conferences, &Conferences::bookmarksChanged);

            app.conferences.setConferenceZone(QStringLiteral("Europe/London"));
            QCOMPARE(app.conferences.zoneOverride(), QStringLiteral("Europe/London"));
            QCOMPARE(app.agenda.conference().zoneSource, ZoneSource::SetByPerson);
            QVERIFY(app.agenda.zoneNote().isEmpty()); // no longer "guessed"
            const Session *moved = app.agenda.session(key);
            QVERIFY(moved);
            QCOMPARE(moved->start.toTimeZone(QTimeZone("Europe/London")).time(), wall); // 09:00 stays 09:00
            QCOMPARE(firstStartUtc.secsTo(moved->start), 3600);                         // an hour later in UTC (winter)
            const Bookmark *bookmark = app.schedule.bookmark(conferenceId, key);
            QVERIFY(bookmark);
            QCOMPARE(bookmark->start, moved->start);
            QVERIFY(!bookmark->movedFrom.isValid()); // not "moved"
            QCOMPARE(told.count(), 0);
            QCOMPARE(app.agenda.sessionCount(), int(app.agenda.conference().sessions.size()));
        }
        {
            // Kept for this conference: a restart shows it in London time, still nothing "moved".
            App app(dir.path());
            QSignalSpy told(&app.conferences, &Conferences::bookmarksChanged);
            QCOMPARE(QString::fromUtf8(app.agenda.conference().timeZone.id()), QStringLiteral("Europe/London"));
            QCOMPARE(app.agenda.session(key)->start, firstStartUtc.addSecs(3600));
            QVERIFY(!app.schedule.bookmark(conferenceId, key)->movedFrom.isValid());
            // And back to the feed's own (the guess), as silently.
            app.conferences.setConferenceZone(QString());
            QCOMPARE(app.conferences.zoneOverride(), QString());
            QCOMPARE(app.agenda.conference().zoneSource, ZoneSource::GuessedFromCity);
            QCOMPARE(app.agenda.session(key)->start, firstStartUtc);
            QCOMPARE(app.schedule.bookmark(conferenceId, key)->start, firstStartUtc);
            QCOMPARE(told.count(), 0);
        }
        QSettings().remove(QStringLiteral("zones"));
    }

    // A feed with offsets keeps its instants: only the zone "Event time" shows changes.
    void aZoneSetForAFeedWithOffsetsKeepsItsInstants()
    {
        QTemporaryDir dir;
        QSettings().remove(QStringLiteral("zones"));
        App app(dir.path());
        app.adding.openFeed(feed("36c3-everything-voc-merged.xml"));
        QCOMPARE(app.agenda.conference().zoneSource, ZoneSource::FromOffsets);
        const QDateTime before = app.agenda.conference().sessions.constFirst().start;
        app.conferences.setConferenceZone(QStringLiteral("Europe/Berlin"));
        QCOMPARE(app.agenda.conference().sessions.constFirst().start, before);
        QCOMPARE(QString::fromUtf8(app.formatter.eventZone().id()), QStringLiteral("Europe/Berlin"));
        QSettings().remove(QStringLiteral("zones"));
    }

    // Issue 14, item 6: a second address claiming a followed conference's id.
    void aSecondAddressClaimingAFollowedIdAsksAndChangesNothing()
    {
        QTemporaryDir dir;
        App app(dir.path());
        const QString first = writeFile(dir, QStringLiteral("democon.xml"), readAll(feed("pretalx-democon-2022.xml")));
        const QString second = writeFile(dir, QStringLiteral("other.xml"), hijackingDemoCon());
        app.adding.openFeed(first);
        const QString democon = app.conferences.currentId();
        const QString key = app.agenda.conference().sessions.constFirst().key;
        QCOMPARE(app.agenda.conference().sessions.constFirst().title, persevering);
        app.agenda.toggleBookmark(key);
        const Bookmark before = *app.schedule.bookmark(QStringLiteral("democon"), key);
        QCOMPARE(before.feedAddress, QUrl::fromLocalFile(first).toString());

        // --feed FILE (or a second launch handing it over): the window asks, nothing is kept yet.
        QSignalSpy asked(&app.adding, &AddConferenceController::questionAsked);
        app.adding.openFeed(second);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Found);
        QCOMPARE(app.adding.probeQuestion(),
                 QStringLiteral("This looks like DemoCon, which you follow from %1: use the new address for it, or add it separately?").arg(first));
        QCOMPARE(app.adding.probeAddress(), second);
        app.adding.addChecked(); // unanswered: still nothing
        QCOMPARE(app.conferences.model()->rowCount(), 2);
        QCOMPARE(app.conferences.currentId(), democon);
        QCOMPARE(*app.schedule.bookmark(QStringLiteral("democon"), key), before);
        QCOMPARE(app.agenda.conference().sessions.constFirst().title, persevering);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("feeds/") + subscriptionIdFor(QUrl::fromLocalFile(second)))));

        // The Add dialog's way: Check finds it and asks the same.
        app.adding.cancelCheck();
        QVERIFY(app.adding.probeQuestion().isEmpty());
        app.adding.check(QUrl::fromLocalFile(second).toString(), AddConferenceController::Auth::None, QString(), QString());
        QTRY_COMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Found);
        QVERIFY(app.adding.probeQuestion().startsWith(QStringLiteral("This looks like DemoCon, which you follow from ")));
        app.adding.addChecked();
        QCOMPARE(app.conferences.model()->rowCount(), 2);
        QCOMPARE(*app.schedule.bookmark(QStringLiteral("democon"), key), before);
    }

    void addSeparatelyKeepsBothWithTheirOwnBookmarks()
    {
        QTemporaryDir dir;
        QString firstKey;
        QString secondKey;
        QString separateId;
        const QString first = writeFile(dir, QStringLiteral("democon.xml"), readAll(feed("pretalx-democon-2022.xml")));
        const QString second = writeFile(dir, QStringLiteral("other.xml"), hijackingDemoCon());
        {
            App app(dir.path());
            app.adding.openFeed(first);
            const QString democon = app.conferences.currentId();
            firstKey = app.agenda.conference().sessions.constFirst().key;
            secondKey = app.agenda.conference().sessions.at(1).key;
            app.agenda.toggleBookmark(firstKey);
            const Bookmark before = *app.schedule.bookmark(QStringLiteral("democon"), firstKey);

            app.adding.openFeed(second);
            app.adding.addCheckedAs(AddConferenceController::Filing::AddSeparately);
            QCOMPARE(app.conferences.model()->rowCount(), 3);
            separateId = app.agenda.conferenceId();
            QCOMPARE(separateId, separateConferenceId(QStringLiteral("democon"), QUrl::fromLocalFile(second)));
            QVERIFY(separateId.startsWith(QStringLiteral("democon~")));
            QCOMPARE(app.agenda.conference().sessions.constFirst().title, QStringLiteral("Hijacked title"));
            QVERIFY(!app.agenda.isBookmarked(firstKey)); // the other conference's bookmark is not its
            app.agenda.toggleBookmark(secondKey);
            QCOMPARE(app.schedule.bookmark(separateId, secondKey)->feedAddress, QUrl::fromLocalFile(second).toString());
            QCOMPARE(app.schedule.bookmark(separateId, secondKey)->conferenceTitle, QStringLiteral("DemoCon"));
            QCOMPARE(*app.schedule.bookmark(QStringLiteral("democon"), firstKey), before);

            app.conferences.switchTo(democon);
            QVERIFY(app.agenda.isBookmarked(firstKey));
            QVERIFY(!app.agenda.isBookmarked(secondKey));
            QCOMPARE(app.agenda.conference().sessions.constFirst().title, persevering);
        }
        // Filed apart for good: after a restart, and when each is read again.
        App again(dir.path());
        QCOMPARE(again.conferences.model()->rowCount(), 3);
        QVERIFY(again.conferences.library().findByConferenceId(separateId));
        QCOMPARE(again.conferences.library().findByConferenceId(QStringLiteral("democon"))->url, QUrl::fromLocalFile(first));
        QVERIFY(again.schedule.isBookmarked(QStringLiteral("democon"), firstKey));
        QVERIFY(!again.schedule.isBookmarked(QStringLiteral("democon"), secondKey));
        QVERIFY(again.schedule.isBookmarked(separateId, secondKey));
        QCOMPARE(again.schedule.bookmark(QStringLiteral("democon"), firstKey)->title, persevering);
    }

    void useTheNewAddressReplacesTheAddressAndKeepsBookmarks()
    {
        QTemporaryDir dir;
        App app(dir.path());
        const QString first = writeFile(dir, QStringLiteral("democon.xml"), readAll(feed("pretalx-democon-2022.xml")));
        const QString moved = writeFile(dir, QStringLiteral("moved.xml"), hijackingDemoCon());
        app.adding.openFeed(feed("jres-2022.ics")); // another conference before it, to see the order kept
        app.adding.openFeed(first);
        const QString oldId = app.conferences.currentId();
        const QString key = app.agenda.conference().sessions.constFirst().key;
        app.agenda.toggleBookmark(key);
        app.schedule.setReminderEnabled(QStringLiteral("democon"), key, false);

        app.adding.check(QUrl::fromLocalFile(moved).toString(), AddConferenceController::Auth::None, QString(), QString());
        QTRY_COMPARE(app.adding.probeState(), AddConferenceController::ProbeState::Found);
        QSignalSpy added(&app.conferences, &Conferences::added);
        app.adding.addCheckedAs(AddConferenceController::Filing::UseNewAddress);
        QCOMPARE(added.size(), 1);
        QCOMPARE(app.conferences.model()->rowCount(), 3); // the built-in, JRES, DemoCon: replaced, not added
        const Subscription *democon = app.conferences.library().findByConferenceId(QStringLiteral("democon"));
        QVERIFY(democon);
        QCOMPARE(democon->url, QUrl::fromLocalFile(moved));
        QCOMPARE(app.conferences.library().indexOf(democon->id), 2);
        QVERIFY(!app.conferences.library().find(oldId));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("feeds/") + oldId))); // the old address's copy is gone
        QCOMPARE(app.conferences.currentId(), democon->id);
        QCOMPARE(app.agenda.conferenceId(), QStringLiteral("democon"));
        QVERIFY(app.agenda.isBookmarked(key));
        const Bookmark *bookmark = app.schedule.bookmark(QStringLiteral("democon"), key);
        QCOMPARE(bookmark->feedAddress, QUrl::fromLocalFile(moved).toString());
        QCOMPARE(bookmark->title, QStringLiteral("Hijacked title")); // the person said it is the same conference
        QVERIFY(!bookmark->reminderEnabled);
    }

    void anUpdateClaimingAnotherIdIsRefusedAndTheCopyStays()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.adding.openFeed(feed("jres-2022.ics"));
        const QString jresId = app.agenda.conferenceId();
        const QString jresKey = app.agenda.conference().sessions.constFirst().key;
        app.agenda.toggleBookmark(jresKey);
        const Bookmark jresBookmark = *app.schedule.bookmark(jresId, jresKey);

        const QString path = writeFile(dir, QStringLiteral("democon.xml"), readAll(feed("pretalx-democon-2022.xml")));
        app.adding.openFeed(path);
        const QString democon = app.conferences.currentId();
        const QString key = app.agenda.conference().sessions.constFirst().key;
        app.agenda.toggleBookmark(key);
        const Bookmark before = *app.schedule.bookmark(QStringLiteral("democon"), key);

        // The same address now serves another followed conference's feed (JRES), then a new one.
        QVERIFY(!writeFile(dir, QStringLiteral("democon.xml"), readAll(feed("jres-2022.ics"))).isEmpty());
        app.conferences.refreshNow();
        QTRY_VERIFY(app.conferences.statusIsProblem());
        QVERIFY2(app.conferences.statusText().contains(QStringLiteral("the feed now claims to be another conference (JRES 2021/22)")),
                 qPrintable(app.conferences.statusText()));
        QCOMPARE(app.agenda.sessionCount(), 35);
        QCOMPARE(app.conferences.updater(democon)->readCopy().conference.title, QStringLiteral("DemoCon"));
        QCOMPARE(*app.schedule.bookmark(QStringLiteral("democon"), key), before);
        QCOMPARE(*app.schedule.bookmark(jresId, jresKey), jresBookmark);
        QCOMPARE(app.conferences.library().find(democon)->conferenceId, QStringLiteral("democon"));

        QVERIFY(!writeFile(dir, QStringLiteral("democon.xml"), readAll(feed("camp2019-frab.json"))).isEmpty());
        app.conferences.refreshNow();
        QVERIFY(app.conferences.statusText().contains(QStringLiteral("the feed now claims to be another conference (Chaos Communication Camp 2019)")));
        QCOMPARE(app.conferences.updater(democon)->readCopy().conference.title, QStringLiteral("DemoCon"));

        // After a restart it still shows the kept copy, filed where it was.
        App again(dir.path());
        QCOMPARE(again.conferences.currentId(), democon);
        QCOMPARE(again.agenda.conferenceId(), QStringLiteral("democon"));
        QCOMPARE(again.agenda.sessionCount(), 35);
        QVERIFY(again.agenda.isBookmarked(key));
    }

    void theBuiltInIdCannotBeTaken()
    {
        QTemporaryDir dir;
        App app(dir.path());
        const QString builtInKey = app.agenda.conference().sessions.constFirst().key;
        app.agenda.toggleBookmark(builtInKey);
        const Bookmark before = *app.schedule.bookmark(QStringLiteral("rethinkconn2022"), builtInKey);
        QByteArray copy = readAll(FeedReader::builtInPath());
        QVERIFY(!copy.isEmpty());
        const QString room = app.agenda.conference().sessions.constFirst().room;
        QVERIFY(!room.isEmpty());
        copy.replace(room.toUtf8(), "Hijacked Room");
        const QString path = writeFile(dir, QStringLiteral("rethink.xml"), copy);
        QVERIFY(!path.isEmpty());

        QSignalSpy asked(&app.adding, &AddConferenceController::questionAsked);
        app.adding.openFeed(path); // always filed apart: nothing to ask
        QCOMPARE(asked.size(), 0);
        QCOMPARE(app.conferences.model()->rowCount(), 2);
        QCOMPARE(app.agenda.conferenceId(), separateConferenceId(QStringLiteral("rethinkconn2022"), QUrl::fromLocalFile(path)));
        QVERIFY(!app.agenda.isBookmarked(builtInKey));
        QCOMPARE(*app.schedule.bookmark(QStringLiteral("rethinkconn2022"), builtInKey), before);
        QVERIFY(app.conferences.showConferenceWithId(QStringLiteral("rethinkconn2022")));
        QCOMPARE(app.conferences.currentId(), Subscription::builtInId());
        QVERIFY(app.agenda.isBookmarked(builtInKey));
    }

    void aVersion1ScheduleGetsItsAddressesFromTheLibrary()
    {
        // A schedule file and a library as the previous version left them: DemoCon followed from
        // a file, and a later address that (hijacked) claimed the same id.
        QTemporaryDir dir;
        const QString democonPath = writeFile(dir, QStringLiteral("democon.xml"), readAll(feed("pretalx-democon-2022.xml")));
        const QString hijackPath = writeFile(dir, QStringLiteral("other.xml"), hijackingDemoCon());
        QVERIFY(!writeFile(dir, QStringLiteral("schedule.json"), readAll(QStringLiteral(ATTEND_TEST_DATA "/schedule/schedule-v1.json"))).isEmpty());
        const QJsonObject library{
            {QStringLiteral("version"), 1},
            {QStringLiteral("current"), subscriptionIdFor(QUrl::fromLocalFile(democonPath))},
            {QStringLiteral("conferences"), QJsonArray{
                QJsonObject{{QStringLiteral("url"), QUrl::fromLocalFile(democonPath).toString()}, {QStringLiteral("title"), QStringLiteral("DemoCon")},
                            {QStringLiteral("conferenceId"), QStringLiteral("democon")}, {QStringLiteral("auth"), QStringLiteral("none")}},
                QJsonObject{{QStringLiteral("url"), QUrl::fromLocalFile(hijackPath).toString()}, {QStringLiteral("title"), QStringLiteral("DemoCon")},
                            {QStringLiteral("conferenceId"), QStringLiteral("democon")}, {QStringLiteral("auth"), QStringLiteral("none")}},
            }},
        };
        QVERIFY(!writeFile(dir, QStringLiteral("conferences.json"), QJsonDocument(library).toJson()).isEmpty());

        {
            App app(dir.path());
            QVERIFY(app.schedule.problem().isEmpty());
            QCOMPARE(app.schedule.allBookmarks().size(), 4); // nothing lost
            QCOMPARE(app.schedule.feedAddressOf(QStringLiteral("democon")), QUrl::fromLocalFile(democonPath).toString());
            QVERIFY(app.schedule.feedAddressOf(QStringLiteral("gone-2019")).isEmpty()); // unknown, left so
            QVERIFY(!app.schedule.bookmark(QStringLiteral("democon"), QStringLiteral("democon-2"))->reminderEnabled);
            // The later address is filed apart, so the two never mix again.
            const QString separateId = separateConferenceId(QStringLiteral("democon"), QUrl::fromLocalFile(hijackPath));
            QCOMPARE(app.conferences.library().find(subscriptionIdFor(QUrl::fromLocalFile(hijackPath)))->conferenceId, separateId);
            QCOMPARE(app.conferences.library().findByConferenceId(QStringLiteral("democon"))->url, QUrl::fromLocalFile(democonPath));
        }
        QVERIFY(readAll(dir.filePath(QStringLiteral("schedule.json"))).contains("\"version\": 3"));
        QVERIFY(readAll(dir.filePath(QStringLiteral("conferences.json"))).contains("democon~"));
    }

    void refreshIntervalIsASettingAppliedToEveryFeed()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.adding.openFeed(feed("jres-2022.ics"));
        FeedUpdater *updater = app.conferences.updater(app.conferences.currentId());
        QVERIFY(updater);
        QCOMPARE(updater->interval(), std::chrono::minutes(30));
        app.settings.setRefreshMinutes(2); // below the floor
        QCOMPARE(app.settings.refreshMinutes(), 5);
        QCOMPARE(updater->interval(), std::chrono::minutes(5));
        app.settings.setRefreshMinutes(45);
        QCOMPARE(updater->interval(), std::chrono::minutes(45));
        // A feed followed later, and the next start, take it too.
        app.adding.openFeed(feed("pretalx-democon-2022.xml"));
        QCOMPARE(app.conferences.updater(app.conferences.currentId())->interval(), std::chrono::minutes(45));
        App again(dir.path());
        QCOMPARE(again.conferences.updater(again.conferences.currentId())->interval(), std::chrono::minutes(45));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AttendTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_conferences"));
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(app); // English plural forms ("79 sessions") come from attend_en
    TestConferences test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_conferences.moc"
