// The format of a feed comes from its content, never from its name.
#include "feed/feedformat.h"

#include <QFile>
#include <QTest>

using namespace Attend;

Q_DECLARE_METATYPE(Attend::FeedFormat)

namespace {
QByteArray feedBytes(const char *name)
{
    QFile file(QStringLiteral(ATTEND_TEST_DATA "/feeds/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestFeedFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<FeedFormat>("format");
        QTest::addRow("Pentabarf XML") << QByteArray("<?xml version='1.0'?>\n<schedule><conference/></schedule>") << FeedFormat::PentabarfXml;
        QTest::addRow("XML without declaration") << QByteArray("<schedule/>") << FeedFormat::PentabarfXml;
        QTest::addRow("XML after a comment") << QByteArray("<?xml version='1.0'?><!-- pretalx --><schedule/>") << FeedFormat::PentabarfXml;
        QTest::addRow("XML with another root") << QByteArray("<?xml version='1.0'?><html><body/></html>") << FeedFormat::Unknown;
        QTest::addRow("frab JSON") << QByteArray("{\"schedule\": {\"conference\": {}}}") << FeedFormat::FrabJson;
        QTest::addRow("JSON with leading space") << QByteArray(" \n\t{\"schedule\": {}}") << FeedFormat::FrabJson;
        QTest::addRow("JSON without schedule") << QByteArray("{\"events\": []}") << FeedFormat::Unknown;
        QTest::addRow("iCalendar") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n") << FeedFormat::ICalendar;
        QTest::addRow("iCalendar after a BOM") << QByteArray("\xEF\xBB\xBF" "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") << FeedFormat::ICalendar;
        QTest::addRow("XML after a BOM") << QByteArray("\xEF\xBB\xBF<schedule/>") << FeedFormat::PentabarfXml;
        QTest::addRow("iCalendar in lower case") << QByteArray("begin:vcalendar\r\nend:vcalendar\r\n") << FeedFormat::ICalendar;
        QTest::addRow("empty") << QByteArray() << FeedFormat::Unknown;
        QTest::addRow("blank") << QByteArray("   \n") << FeedFormat::Unknown;
        QTest::addRow("HTML error page") << QByteArray("<!DOCTYPE html><html><head><title>404</title></head></html>") << FeedFormat::Unknown;
        QTest::addRow("plain text") << QByteArray("Service unavailable") << FeedFormat::Unknown;
        // Real feeds, as published.
        QTest::addRow("FOSDEM 2026") << feedBytes("fosdem-2026-pretalx-pentabarf.xml") << FeedFormat::PentabarfXml;
        QTest::addRow("36C3 JSON") << feedBytes("36c3-everything-voc-merged.frab.json") << FeedFormat::FrabJson;
        QTest::addRow("JRES iCalendar") << feedBytes("jres-2022.ics") << FeedFormat::ICalendar;
        QTest::addRow("hub schedule2 JSON") << feedBytes("hub-schedule2-example.json") << FeedFormat::FrabJson;
    }
    void detects()
    {
        QFETCH(QByteArray, data);
        QFETCH(FeedFormat, format);
        QCOMPARE(detectFeedFormat(data), format);
    }
};

QTEST_GUILESS_MAIN(TestFeedFormat)
#include "tst_feedformat.moc"
