// The session page's facts, by key: from the agenda, or from the bookmark once the session left
// it; kept current as bookmarks, reminders and the zone on screen change.
#include "modeltestsupport.h"
#include "models/sessiondetails.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Attend;

namespace {
const QString persevering = QStringLiteral("Persevering cohesive concept");

QString keyOf(const Agenda &agenda, const QString &title)
{
    for (const Session &session : agenda.conference().sessions) {
        if (session.title == title)
            return session.key;
    }
    return {};
}
} // namespace

class TestSessionDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsASessionOfTheAgenda()
    {
        Test::AgendaFixture fixture;
        QVERIFY(fixture.show(QStringLiteral("pretalx-democon-2022.xml")));
        fixture.formatter.setViewerZone(QTimeZone("Europe/Berlin"));
        SessionDetails details;
        details.setAgenda(fixture.agenda.get());
        QVERIFY(!details.valid());
        QCOMPARE(details.title(), QString());
        QCOMPARE(details.when(), QString());
        QCOMPARE(details.day(), QString());

        QSignalSpy changed(&details, &SessionDetails::changed);
        details.setSessionKey(keyOf(*fixture.agenda, persevering));
        QCOMPARE(changed.count(), 1);
        QVERIFY(details.valid());
        QVERIFY(details.inAgenda());
        QCOMPARE(details.title(), persevering);
        QCOMPARE(details.place(), QStringLiteral("Dark Red Room \u00B7 Organic"));
        QCOMPARE(details.speakers(), QStringLiteral("Susan Martinez"));
        QVERIFY(details.abstract().contains(QStringLiteral("Reinvent one-to-one info-mediaries!")));
        QVERIFY2(details.when().startsWith(QStringLiteral("01:50\u201303:20")), qPrintable(details.when()));
        QCOMPARE(details.day(), fixture.formatter.day(QDateTime(QDate(2022, 9, 6), QTime(1, 50), QTimeZone("Europe/Berlin"))));
        QCOMPARE(details.links().size(), 1);
        QCOMPARE(details.links().constFirst().toMap().value(QStringLiteral("url")).toString(), QStringLiteral("http://localhost/democon/talk/XFUR3C/"));
        QCOMPARE(details.changeNote(), QString());
        QVERIFY(!details.bookmarked());

        // The viewer's zone differs from the event's: both are said.
        fixture.formatter.setViewerZone(QTimeZone("America/New_York"));
        QVERIFY(changed.count() >= 2);
        QVERIFY2(details.when().startsWith(QStringLiteral("19:50\u201321:20")), qPrintable(details.when()));
        QVERIFY2(details.when().contains(QStringLiteral("01:50")), qPrintable(details.when()));
    }

    void followsItsBookmark()
    {
        Test::AgendaFixture fixture;
        QVERIFY(fixture.show(QStringLiteral("pretalx-democon-2022.xml")));
        SessionDetails details;
        details.setAgenda(fixture.agenda.get());
        const QString key = keyOf(*fixture.agenda, persevering);
        details.setSessionKey(key);
        QSignalSpy changed(&details, &SessionDetails::changed);
        fixture.agenda->toggleBookmark(key);
        QCOMPARE(changed.count(), 1);
        QVERIFY(details.bookmarked());
        QVERIFY(details.reminderEnabled());
        fixture.agenda->setReminderEnabled(key, false);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!details.reminderEnabled());
        // Another session's bookmark is not this page's business.
        fixture.agenda->toggleBookmark(keyOf(*fixture.agenda, QStringLiteral("Streamlined real-time database")));
        QCOMPARE(changed.count(), 2);
    }

    void aSessionThatLeftTheAgendaShowsItsBookmark()
    {
        Test::AgendaFixture fixture;
        QVERIFY(fixture.show(QStringLiteral("pretalx-democon-2022.xml")));
        const QString key = keyOf(*fixture.agenda, persevering);
        fixture.agenda->toggleBookmark(key);
        SessionDetails details;
        details.setAgenda(fixture.agenda.get());
        details.setSessionKey(key);

        Conference without = fixture.agenda->conference();
        without.sessions.removeIf([&key](const Session &session) { return session.key == key; });
        const QString conferenceId = fixture.agenda->conferenceId();
        fixture.schedule->refreshSnapshots(conferenceId, without.title, without.sessions);
        fixture.agenda->setConference(without, conferenceId);
        QVERIFY(details.valid());
        QVERIFY(!details.inAgenda());
        QCOMPARE(details.title(), persevering);
        QCOMPARE(details.place(), QStringLiteral("Dark Red Room \u00B7 Organic"));
        QCOMPARE(details.speakers(), QStringLiteral("Susan Martinez"));
        QVERIFY(details.bookmarked());

        // Unbookmarked and gone: nothing left to show.
        fixture.agenda->toggleBookmark(key);
        QVERIFY(!details.valid());
    }

    void aCancelledSessionSaysSo()
    {
        Test::AgendaFixture fixture;
        QVERIFY(fixture.show(QStringLiteral("pretalx-democon-2022.xml")));
        Conference conference = fixture.agenda->conference();
        conference.sessions.first().cancelled = true;
        const QString key = conference.sessions.constFirst().key;
        fixture.agenda->setConference(conference);
        SessionDetails details;
        details.setAgenda(fixture.agenda.get());
        details.setSessionKey(key);
        QCOMPARE(details.changeNote(), QStringLiteral("Cancelled"));
    }

    void anUnknownKeyIsNotValid()
    {
        Test::AgendaFixture fixture;
        QVERIFY(fixture.show(QStringLiteral("pretalx-democon-2022.xml")));
        SessionDetails details;
        details.setSessionKey(QStringLiteral("no-such-session"));
        QVERIFY(!details.valid()); // no agenda yet
        details.setAgenda(fixture.agenda.get());
        QVERIFY(!details.valid());
        QCOMPARE(details.place(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSessionDetails)
#include "tst_sessiondetails.moc"
