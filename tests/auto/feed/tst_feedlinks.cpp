// A web page given as a feed address: recognised as a page, and the schedule feeds it links to found.

#include "feed/feedlinks.h"

#include <QTest>

using namespace Attend;

class TestFeedLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesWebPages_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("page");
        QTest::addRow("doctype") << QByteArray("<!DOCTYPE html>\n<html lang=\"en\">") << true;
        QTest::addRow("doctype lower, BOM, blank") << QByteArray("\xef\xbb\xbf  \n<!doctype html><title>x</title>") << true;
        QTest::addRow("html") << QByteArray("<html><head>") << true;
        QTest::addRow("xhtml") << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">") << true;
        QTest::addRow("pentabarf") << QByteArray("<?xml version=\"1.0\"?>\n<schedule><conference>") << false;
        QTest::addRow("pentabarf with html in an abstract") << QByteArray("<?xml version=\"1.0\"?>\n<schedule><abstract>&lt;html&gt;</abstract>") << false;
        QTest::addRow("json") << QByteArray("{\"schedule\": {}}") << false;
        QTest::addRow("ical") << QByteArray("BEGIN:VCALENDAR\r\n") << false;
    }
    void recognisesWebPages()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, page);
        QCOMPARE(looksLikeWebPage(data), page);
    }

    void findsTheFeedsAPageLinksTo()
    {
        // As FOSDEM's schedule page links them (paths without an extension under /schedule/) and as
        // pretalx's carries them (<link rel="alternate"> and export links), plus links that are not feeds.
        const QByteArray html =
            "<!DOCTYPE html><html><head>"
            "<link rel=\"stylesheet\" href=\"/static/site.css\">"
            "<link rel=\"alternate\" type=\"application/xml\" title=\"XML\" href=\"/democon/schedule/export/schedule.xml\">"
            "<link rel='alternate' type='text/calendar' href='/democon/schedule/export/schedule.ics'>"
            "</head><body>"
            "<a href=\"/2026/schedule/xml\">XML</a> <a href=\"/2026/schedule/ical\">iCal</a>"
            "<a href=\"/democon/schedule/export/schedule.xml\">again</a>"
            "<a href=\"https://other.example/feed.json?lang=en&amp;v=2\">JSON</a>"
            "<a href=\"/about/\">About</a> <a href=\"#top\">top</a> <a href=\"javascript:alert(1).xml\">x</a>"
            "<a href=\"ftp://example.org/schedule.xml\">ftp</a>"
            "</body></html>";
        const QList<QUrl> links = scheduleLinksInPage(html, QUrl(QStringLiteral("https://fosdem.example/2026/schedule/")));
        const QList<QUrl> expected = {
            QUrl(QStringLiteral("https://fosdem.example/democon/schedule/export/schedule.xml")),
            QUrl(QStringLiteral("https://fosdem.example/democon/schedule/export/schedule.ics")),
            QUrl(QStringLiteral("https://fosdem.example/2026/schedule/xml")),
            QUrl(QStringLiteral("https://fosdem.example/2026/schedule/ical")),
            QUrl(QStringLiteral("https://other.example/feed.json?lang=en&v=2")),
        };
        QCOMPARE(links, expected);
    }

    void linksAreCapped()
    {
        QByteArray html = "<html><body>";
        for (int i = 0; i < 50; ++i)
            html += "<a href=\"/s" + QByteArray::number(i) + ".xml\">x</a>";
        QCOMPARE(scheduleLinksInPage(html, QUrl(QStringLiteral("https://a.example/")), 8).size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestFeedLinks)
#include "tst_feedlinks.moc"
