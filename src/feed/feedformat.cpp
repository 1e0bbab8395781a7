#include "feedformat.h"

#include <QXmlStreamReader>

namespace Attend {

FeedFormat detectFeedFormat(const QByteArray &data)
{
    QByteArray head = data.left(64 * 1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    head = head.trimmed();
    if (head.startsWith('{'))
        return head.contains("\"schedule\"") ? FeedFormat::FrabJson : FeedFormat::Unknown;
    if (head.left(15).toUpper() == "BEGIN:VCALENDAR")
        return FeedFormat::ICalendar;
    if (!head.startsWith('<'))
        return FeedFormat::Unknown;
    // Only the start matters: the root element sits within the first few kilobytes.
    QXmlStreamReader xml(head);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            return xml.name() == QLatin1String("schedule") ? FeedFormat::PentabarfXml : FeedFormat::Unknown;
        if (token == QXmlStreamReader::Invalid)
            break;
    }
    return FeedFormat::Unknown;
}

} // namespace Attend
