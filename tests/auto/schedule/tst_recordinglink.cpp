#include "domain/watchlinks.h"
#include "schedule/personalschedule.h"

#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(Attend::SessionLink)

using namespace Attend;

class TestRecordingLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recording_data()
    {
        QTest::addColumn<QList<SessionLink>>("links");
        QTest::addColumn<QString>("expected");
        const auto link = [](const char *title, const char *url) { return SessionLink{QString::fromUtf8(title), QUrl(QString::fromUtf8(url))}; };
        QTest::addRow("none") << QList<SessionLink>{} << QString();
        QTest::addRow("slides only") << QList<SessionLink>{link("Slides", "https://example.org/slides.pdf")} << QString();
        QTest::addRow("fosdem video") << QList<SessionLink>{link("Slides", "https://example.org/s.pdf"),
                                                            link("Video recording (AV1/WebM)", "https://video.fosdem.org/2026/k1/talk.av1.webm")}
                                      << QStringLiteral("https://video.fosdem.org/2026/k1/talk.av1.webm");
        // A video host alone makes the recording only when the link says nothing else: feeds also
        // link videos that are not the session's own (domain/watchlinks.h).
        QTest::addRow("media.ccc.de by host") << QList<SessionLink>{link("", "https://media.ccc.de/v/38c3-1234-talk")}
                                              << QStringLiteral("https://media.ccc.de/v/38c3-1234-talk");
        QTest::addRow("youtube") << QList<SessionLink>{link("Video", "https://www.youtube.com/watch?v=abc")}
                                 << QStringLiteral("https://www.youtube.com/watch?v=abc");
        QTest::addRow("another video on a video host") << QList<SessionLink>{link("Video: Monitor Prototype Chassis", "https://www.youtube.com/watch?v=xyz")}
                                                       << QString();
        QTest::addRow("titled recording elsewhere") << QList<SessionLink>{link("Recording", "https://peertube.example/w/xyz")}
                                                    << QStringLiteral("https://peertube.example/w/xyz");
        QTest::addRow("a live stream is not a recording")
            << QList<SessionLink>{link("Live video stream from the room (during event)", "https://live.fosdem.org/watch/k1")} << QString();
        QTest::addRow("not a web address") << QList<SessionLink>{link("Recording", "file:///etc/passwd")} << QString();
    }

    void recording()
    {
        QFETCH(QList<SessionLink>, links);
        QFETCH(QString, expected);
        // As a reader leaves a session: its links classified, then bookmarked from it.
        Session session;
        session.key = QStringLiteral("k");
        session.title = QStringLiteral("A talk");
        session.start = QDateTime(QDate(2026, 1, 31), QTime(10, 0), QTimeZone::utc());
        session.links = links;
        fillWatchLinks(session, linkCandidates(session));
        const Bookmark bookmark = PersonalSchedule::bookmarkFor(QStringLiteral("conf"), QStringLiteral("Conf"), session, QString());
        QCOMPARE(bookmark.recordingUrl, expected);
    }
};

QTEST_GUILESS_MAIN(TestRecordingLink)
#include "tst_recordinglink.moc"
