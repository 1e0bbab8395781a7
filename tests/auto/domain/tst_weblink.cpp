// Which feed addresses the interface may open (Qt.openUrlExternally hands any scheme to the
// desktop): the conference's page and a session's links alike.

#include "domain/weblink.h"
#include "models/agenda.h"
#include "models/timeformatter.h"
#include "schedule/personalschedule.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

class TestWebLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyHttpWithAHost_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("offered");
        QTest::addRow("https") << QStringLiteral("https://fosdem.org/2026/") << true;
        QTest::addRow("http") << QStringLiteral("http://example.org/a?b=c#d") << true;
        QTest::addRow("upper-case scheme") << QStringLiteral("HTTPS://example.org/") << true;
        QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::addRow("file") << QStringLiteral("file:///usr/share/applications/xterm.desktop") << false;
        QTest::addRow("smb") << QStringLiteral("smb://host/share") << false;
        QTest::addRow("data") << QStringLiteral("data:text/html,<script>x</script>") << false;
        QTest::addRow("no host") << QStringLiteral("https:///path") << false;
        QTest::addRow("relative") << QStringLiteral("/2026/schedule/") << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("space in the host") << QStringLiteral("https://exa mple.org/") << false;
        QTest::addRow("user and port") << QStringLiteral("https://user@example.org:8443/x") << true;
        QTest::addRow("unencoded unicode") << QStringLiteral("https://b\u00fccher.example/\u00e4") << true;
    }

    void onlyHttpWithAHost()
    {
        QFETCH(QString, address);
        QFETCH(bool, offered);
        QCOMPARE(isWebLink(address), offered);
        // A parsed address says the same (the feed reader asks the QUrl it already holds).
        QCOMPARE(isWebLink(QUrl(address)), offered);
        QCOMPARE(isWebLink(QUrl(address, QUrl::StrictMode)), isWebLink(QUrl(address, QUrl::StrictMode).toString()));
    }

    // The conference page's "web page" button shows Agenda.url: a feed's javascript: never gets there.
    void theConferencePageOffersOnlyAWebPage()
    {
        QTemporaryDir dir;
        TimeFormatter formatter;
        PersonalSchedule schedule{ScheduleStore(dir.filePath(QStringLiteral("schedule.json")))};
        Agenda agenda(&formatter, &schedule);
        Conference conference;
        conference.title = QStringLiteral("Hostile");
        conference.url = QUrl(QStringLiteral("javascript:alert(1)"));
        agenda.setConference(conference);
        QCOMPARE(agenda.url(), QString());
        conference.url = QUrl(QStringLiteral("https://example.org/"));
        agenda.setConference(conference);
        QCOMPARE(agenda.url(), QStringLiteral("https://example.org/"));
    }
};

QTEST_GUILESS_MAIN(TestWebLink)
#include "tst_weblink.moc"
