#include "feedformat.h"

#include <QXmlStreamReader>

namespace Attend {

FeedFormat detectFeedFormat(const QByteArray &data)
{
    // Only the start matters: the root element sits within the first few kilobytes.
    QXmlStreamReader xml(data.left(64 * 1024));
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
