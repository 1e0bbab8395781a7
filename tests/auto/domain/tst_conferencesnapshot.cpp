// The binary snapshot of a conference: every field carried, and anything doubtful refused.

#include "../feed/feedtestsupport.h"
#include "domain/conferenceequality.h"
#include "domain/conferencesnapshot.h"
#include "feed/feedreader.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Attend;
using namespace Attend::FeedTest;

namespace {

// A field added to Session changes its size: then set it in fullySetSession() below, carry it in
// conferencesnapshot.cpp (and conferenceequality.h), raise ConferenceSnapshot::formatVersion, and
// update this number. The size is pinned where it is known (64-bit Linux, the platform CI builds on).
#if defined(__x86_64__) && defined(__linux__)
static_assert(sizeof(Session) == 376, "Session changed: carry the new field in the snapshot (see the note above)");
static_assert(sizeof(Conference) == 192, "Conference changed: carry the new field in the snapshot (see the note above)");
static_assert(sizeof(Speaker) == 48 && sizeof(SessionLink) == 32, "Speaker or SessionLink changed: carry the new field in the snapshot");
#endif

/** A session with every field set to something other than its default. */
Session fullySetSession(int n)
{
    Session session;
    session.key = QStringLiteral("g:guid-%1").arg(n);
    session.feedId = QString::number(1000 + n);
    session.guid = QStringLiteral("guid-%1").arg(n);
    session.title = QStringLiteral("Talk %1 — über Ünïcode 🎉").arg(n);
    session.subtitle = QStringLiteral("A subtitle");
    session.track = QStringLiteral("Track %1").arg(n % 3);
    session.room = QStringLiteral("Room %1").arg(n % 2);
    session.type = QStringLiteral("lecture");
    session.language = QStringLiteral("de");
    session.start = QDateTime(QDate(2026, 1, 31), QTime(9, n % 60, 17, 250), Qt::UTC);
    session.durationSeconds = 1800 + n;
    session.dayIndex = n % 2;
    session.speakers = {{QStringLiteral("p1"), QStringLiteral("Ada Lovelace")}, {QString(), QStringLiteral("Émile Zola")}};
    session.abstract = QStringLiteral("First paragraph.\n\nSecond paragraph with a tab\tand a NUL-free \u2028 separator.");
    session.url = QStringLiteral("https://example.org/talk/%1?a=b&c=%20d#frag").arg(n);
    session.links = {{QStringLiteral("Slides"), QUrl(QStringLiteral("https://example.org/slides/%1.pdf").arg(n))},
                     {QStringLiteral("Video ünï"), QUrl(QStringLiteral("https://vidéo.example.org/v?x=%C3%BC&y=1 2"))}};
    session.cancelled = true;
    session.joinLink = QUrl(QStringLiteral("https://meet.example.org/room-%1").arg(n));
    session.chatLink = QUrl(QStringLiteral("https://matrix.to/#/#room-%1:example.org").arg(n));
    session.recordingLink = QUrl(QStringLiteral("https://media.example.org/v/%1").arg(n));
    session.timeIsEstimated = true;
    return session;
}

Conference fullySetConference()
{
    Conference conference;
    conference.title = QStringLiteral("ExampleConf");
    conference.subtitle = QStringLiteral("The sub");
    conference.acronym = QStringLiteral("exconf-2026");
    conference.description = QStringLiteral("About\nit");
    conference.city = QStringLiteral("Brussels");
    conference.url = QUrl(QStringLiteral("https://example.org/conf/"));
    conference.timeZone = QTimeZone("Europe/Brussels");
    conference.zoneSource = ZoneSource::GuessedFromCity;
    conference.days = {QDate(2026, 1, 31), QDate(2026, 2, 1)};
    for (int n = 0; n < 5; ++n)
        conference.sessions.append(fullySetSession(n));
    return conference;
}

/** Where two conferences differ first, for a failure message; empty when they do not. */
QString firstDifference(const Conference &a, const Conference &b)
{
    if (a.url != b.url)
        return QStringLiteral("url: %1 / %2").arg(a.url.toString(), b.url.toString());
    if (!(a.timeZone == b.timeZone))
        return QStringLiteral("zone: %1 / %2").arg(QString::fromLatin1(a.timeZone.id()), QString::fromLatin1(b.timeZone.id()));
    if (a.sessions.size() != b.sessions.size())
        return QStringLiteral("session count");
    for (qsizetype i = 0; i < a.sessions.size(); ++i) {
        const Session &x = a.sessions.at(i);
        const Session &y = b.sessions.at(i);
        if (x == y)
            continue;
        for (qsizetype l = 0; l < std::min(x.links.size(), y.links.size()); ++l) {
            if (!(x.links.at(l) == y.links.at(l)))
                return QStringLiteral("session %1 link %2: %3 / %4").arg(x.key).arg(l).arg(x.links.at(l).url.toString(QUrl::FullyEncoded), y.links.at(l).url.toString(QUrl::FullyEncoded));
        }
        return QStringLiteral("session %1 (%2)").arg(i).arg(x.key);
    }
    return a == b ? QString() : QStringLiteral("a conference field");
}

ConferenceSnapshot::Source someSource()
{
    return {12345, 1767225600000, ConferenceSnapshot::hashOfCopy("the copy"), "readers-1 test"};
}

} // namespace

class TestConferenceSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCopysDigestIsTheSameReadInPieces()
    {
        // A start from the snapshot digests the copy as it reads it, a piece at a time.
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            QByteArray copy(random.bounded(3000), Qt::Uninitialized);
            for (char &byte : copy)
                byte = char(random.bounded(256));
            ConferenceSnapshot::CopyDigest digest(copy.size());
            for (qsizetype at = 0; at < copy.size();) {
                const qsizetype piece = std::min<qsizetype>(random.bounded(1, 40), copy.size() - at);
                digest.add(QByteArrayView(copy).sliced(at, piece));
                at += piece;
            }
            QCOMPARE(digest.hash(), ConferenceSnapshot::hashOfCopy(copy));
        }
        // And the digest tells copies apart: one byte, or the length.
        QCOMPARE(ConferenceSnapshot::hashOfCopy("abcdefghij"), ConferenceSnapshot::hashOfCopy("abcdefghij"));
        QVERIFY(ConferenceSnapshot::hashOfCopy("abcdefghij") != ConferenceSnapshot::hashOfCopy("abcdefghik"));
        QVERIFY(ConferenceSnapshot::hashOfCopy("abcdefgh") != ConferenceSnapshot::hashOfCopy(QByteArray("abcdefgh\0", 9)));
    }

    void everyFieldOfASessionIsCarried()
    {
        const Conference conference = fullySetConference();
        const std::optional<Conference> back = ConferenceSnapshot::read(ConferenceSnapshot::write(conference, someSource()), someSource());
        QVERIFY(back);
        QCOMPARE(back->sessions.size(), conference.sessions.size());
        for (qsizetype i = 0; i < conference.sessions.size(); ++i) {
            const Session &a = conference.sessions.at(i);
            const Session &b = back->sessions.at(i);
            // Field by field first, so a failure names the field; then the whole, which covers every field.
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.start.timeSpec(), Qt::UTC);
            QCOMPARE(b.speakers, a.speakers);
            QCOMPARE(b.links, a.links);
            QCOMPARE(b.abstract, a.abstract);
            QVERIFY(b == a);
        }
        QCOMPARE(back->timeZone.id(), QByteArray("Europe/Brussels"));
        QCOMPARE(back->days, conference.days);
        QVERIFY(*back == conference);
    }

    // The comparison the round trip relies on must itself notice every field.
    void equalityNoticesEveryField()
    {
        const Session base = fullySetSession(1);
        const QList<std::function<void(Session &)>> changes = {
            [](Session &s) { s.key += u'x'; }, [](Session &s) { s.feedId += u'x'; }, [](Session &s) { s.guid += u'x'; },
            [](Session &s) { s.title += u'x'; }, [](Session &s) { s.subtitle += u'x'; }, [](Session &s) { s.track += u'x'; },
            [](Session &s) { s.room += u'x'; }, [](Session &s) { s.type += u'x'; }, [](Session &s) { s.language += u'x'; },
            [](Session &s) { s.start = s.start.addSecs(1); }, [](Session &s) { ++s.durationSeconds; },
            [](Session &s) { ++s.dayIndex; }, [](Session &s) { s.speakers[1].id = QStringLiteral("p2"); },
            [](Session &s) { s.abstract += u'x'; }, [](Session &s) { s.url += u'x'; },
            [](Session &s) { s.links[0].title += u'x'; }, [](Session &s) { s.cancelled = false; },
        };
        for (qsizetype i = 0; i < changes.size(); ++i) {
            Session changed = base;
            changes.at(i)(changed);
            QVERIFY2(!(changed == base), qPrintable(QStringLiteral("change %1 went unnoticed").arg(i)));
        }
    }

    void zonesOfEveryKindAreCarried_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::addColumn<int>("source");
        QTest::newRow("named") << QTimeZone("America/Los_Angeles") << int(ZoneSource::Declared);
        QTest::newRow("offset") << QTimeZone(3600) << int(ZoneSource::FromOffsets);
        QTest::newRow("odd offset") << QTimeZone(5 * 3600 + 45 * 60) << int(ZoneSource::FromOffsets);
        QTest::newRow("negative offset") << QTimeZone(-8 * 3600) << int(ZoneSource::FromOffsets);
        QTest::newRow("utc") << QTimeZone::utc() << int(ZoneSource::AssumedUtc);
        QTest::newRow("none") << QTimeZone() << int(ZoneSource::AssumedUtc);
    }

    void zonesOfEveryKindAreCarried()
    {
        QFETCH(QTimeZone, zone);
        QFETCH(int, source);
        Conference conference;
        conference.timeZone = zone;
        conference.zoneSource = ZoneSource(source);
        const std::optional<Conference> back = ConferenceSnapshot::readIgnoringSource(ConferenceSnapshot::write(conference, {}));
        QVERIFY(back);
        QCOMPARE(back->timeZone.isValid(), zone.isValid());
        if (zone.isValid()) {
            const QDateTime at(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
            QCOMPARE(back->timeZone.offsetFromUtc(at), zone.offsetFromUtc(at));
            QCOMPARE(back->timeZone.id(), zone.id());
        }
        QCOMPARE(int(back->zoneSource), source);
    }

    // Every real feed the tests keep reads back as the very conference the readers gave.
    void realFeedsRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QDir dir(feedPath(QString()));
        for (const QString &name : dir.entryList(QDir::Files))
            QTest::newRow(qPrintable(name)) << name;
    }

    void realFeedsRoundTrip()
    {
        QFETCH(QString, name);
        const ParseResult parsed = FeedReader::readData(feedBytes(name), name);
        if (!parsed.ok)
            return; // a feed kept to be refused: nothing to snapshot
        const QByteArray bytes = ConferenceSnapshot::write(parsed.conference, someSource());
        const std::optional<Conference> back = ConferenceSnapshot::read(bytes, someSource());
        QVERIFY(back);
        QVERIFY2(*back == parsed.conference, qPrintable(firstDifference(parsed.conference, *back)));
        // Written twice, the same bytes: the format has no hidden state (hash order, padding).
        QCOMPARE(ConferenceSnapshot::write(*back, someSource()), bytes);
    }

    void anotherSourceIsRefused()
    {
        const QByteArray bytes = ConferenceSnapshot::write(fullySetConference(), someSource());
        QVERIFY(ConferenceSnapshot::read(bytes, someSource()));
        ConferenceSnapshot::Source other = someSource();
        other.copySize += 1;
        QVERIFY(!ConferenceSnapshot::read(bytes, other));
        other = someSource();
        other.copyModifiedMs += 1;
        QVERIFY(!ConferenceSnapshot::read(bytes, other));
        other = someSource();
        other.copyHash = ConferenceSnapshot::hashOfCopy("the copy, changed");
        QVERIFY(!ConferenceSnapshot::read(bytes, other));
        other = someSource();
        other.reader = "readers-2 test";
        QVERIFY(!ConferenceSnapshot::read(bytes, other));
    }

    void anotherVersionIsRefused()
    {
        QByteArray bytes = ConferenceSnapshot::write(fullySetConference(), someSource());
        const quint32 next = ConferenceSnapshot::formatVersion + 1;
        bytes.replace(8, 4, reinterpret_cast<const char *>(&next), 4);
        QVERIFY(!ConferenceSnapshot::read(bytes, someSource()));
    }

    void everyTruncationIsRefused()
    {
        const QByteArray bytes = ConferenceSnapshot::write(fullySetConference(), someSource());
        for (qsizetype size = 0; size < bytes.size(); ++size)
            QVERIFY2(!ConferenceSnapshot::read(bytes.first(size), someSource()), qPrintable(QString::number(size)));
        QVERIFY(!ConferenceSnapshot::read(bytes + '\0', someSource()));
    }

    void everyFlippedByteIsRefused()
    {
        const QByteArray bytes = ConferenceSnapshot::write(fullySetConference(), someSource());
        for (qsizetype at = 0; at < bytes.size(); ++at) {
            QByteArray damaged = bytes;
            damaged[at] = char(damaged.at(at) ^ 0x20);
            QVERIFY2(!ConferenceSnapshot::read(damaged, someSource()), qPrintable(QString::number(at)));
        }
    }

    // The payload reader, past the checksum, is where the fuzz target works: counts and indexes
    // that claim more than the bytes hold are refused without allocating for them.
    void payloadCountsAreNotTrusted()
    {
        QByteArray payload;
        const auto put = [&payload](quint32 value) { payload.append(reinterpret_cast<const char *>(&value), 4); };
        put(0xffffffffu); // strings in the table
        QVERIFY(!ConferenceSnapshot::readPayload(payload));
        payload.clear();
        put(0);     // no strings
        for (int i = 0; i < 5; ++i)
            put(0); // title ... city
        put(0);     // url
        payload.append(char(0)); // no zone
        payload.append(char(3)); // AssumedUtc
        put(0);                  // days
        put(0x7fffffff);         // sessions
        QVERIFY(!ConferenceSnapshot::readPayload(payload));
        payload.chop(4);
        put(0);
        QVERIFY(ConferenceSnapshot::readPayload(payload));
        payload.chop(4);
        put(1);                  // one session, whose key is string 7 of none
        put(7);
        payload.append(QByteArray(200, '\0'));
        QVERIFY(!ConferenceSnapshot::readPayload(payload));
    }
};

QTEST_GUILESS_MAIN(TestConferenceSnapshot)
#include "tst_conferencesnapshot.moc"
