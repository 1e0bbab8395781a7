#pragma once

#include <QByteArray>

namespace Attend {

/** The formats Attend reads, as recognised from a feed's content (never from its name). */
enum class FeedFormat {
    Unknown,
    PentabarfXml, // <schedule> (Pentabarf, frab, pretalx, wafer)
    FrabJson,     // {"schedule": {...}} (frab, pretalx, c3voc)
    ICalendar,    // BEGIN:VCALENDAR (RFC 5545)
};

/**
 * Looks at the content, never the name: past a byte-order mark and white space, "{" with a
 * "schedule" member is frab JSON, BEGIN:VCALENDAR is iCalendar, and XML whose root element is
 * <schedule> is Pentabarf/frab XML.
 */
FeedFormat detectFeedFormat(const QByteArray &data);

} // namespace Attend
