// The conference library as the window uses it, on local files (the network is tested against
// nginx in tests/network): add, switch, remove with bookmarks kept, add again with them restored,
// and the library surviving a restart.

#include "app/translations.h"
#include "conferencesapp.h"
#include "library/feedupdater.h"
#include "models/agenda.h"
#include "models/conferences.h"
#include "models/timeformatter.h"
#include "reminders/clock.h"
#include "schedule/personalschedule.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {

QString feed(const char *name)
{
    return QStringLiteral(ATTEND_TEST_DATA "/feeds/") + QLatin1String(name);
}

using App = Attend::Test::ConferencesApp;

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
        app.conferences.openFeed(feed("pretalx-democon-2022.xml"));
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

        app.conferences.openFeed(feed("pretalx-democon-2022.xml"));
        QCOMPARE(app.conferences.currentId(), democon);
        QVERIFY(app.agenda.isBookmarked(key)); // back, as it was
    }

    void aReminderOfAnotherConferenceBringsItOnScreen()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.conferences.openFeed(feed("jres-2022.ics"));
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
            app.conferences.openFeed(feed("jres-2022.ics"));
            app.conferences.openFeed(feed("pretalx-democon-2022.xml"));
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
        app.conferences.openFeed(feed("jres-2022.ics"));
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
        app.conferences.check(address, Conferences::Auth::None, QString(), QString());
        QTRY_COMPARE(app.conferences.probeState(), Conferences::ProbeState::Failed);
        QVERIFY(!app.conferences.probeError().isEmpty());
        QVERIFY2(!app.conferences.probeError().contains(QStringLiteral("pw-in-address")), qPrintable(app.conferences.probeError()));

        app.conferences.openFeed(address);
        QTRY_VERIFY(!app.agenda.loadError().isEmpty());
        QVERIFY2(app.agenda.loadError().contains(QStringLiteral("https://127.0.0.1:1/x")), qPrintable(app.agenda.loadError()));
        QVERIFY2(!app.agenda.loadError().contains(QStringLiteral("pw-in-address")), qPrintable(app.agenda.loadError()));
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
        app.conferences.openFeed(broken.fileName());
        QCOMPARE(app.conferences.model()->rowCount(), 1);
        QVERIFY(app.agenda.loadError().contains(QStringLiteral("broken.xml")));
        QCOMPARE(app.agenda.sessionCount(), 17);
    }

    void checkShowsWhatItFoundBeforeAdding()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.conferences.check(QUrl::fromLocalFile(feed("camp2019-frab.json")).toString(), Conferences::Auth::None, QString(), QString());
        QTRY_COMPARE(app.conferences.probeState(), Conferences::ProbeState::Found);
        QCOMPARE(app.conferences.probeTitle(), QStringLiteral("Chaos Communication Camp 2019"));
        QVERIFY2(app.conferences.probeSummary().startsWith(QStringLiteral("79 sessions · ")), qPrintable(app.conferences.probeSummary()));
        QCOMPARE(app.conferences.model()->rowCount(), 1); // nothing kept yet
        app.conferences.addChecked();
        QCOMPARE(app.conferences.model()->rowCount(), 2);
        QCOMPARE(app.agenda.sessionCount(), 79);

        app.conferences.check(QStringLiteral("ftp://example.org/feed.xml"), Conferences::Auth::None, QString(), QString());
        QTRY_COMPARE(app.conferences.probeState(), Conferences::ProbeState::Failed);
        QVERIFY(!app.conferences.probeError().isEmpty());
    }

    void refreshIntervalIsASettingAppliedToEveryFeed()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.conferences.setRefreshMinutes(2); // below the floor
        QCOMPARE(app.conferences.refreshMinutes(), 5);
        app.conferences.setRefreshMinutes(45);
        QCOMPARE(app.conferences.refreshMinutes(), 45);
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
