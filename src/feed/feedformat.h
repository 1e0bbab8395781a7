#pragma once

#include <QByteArray>

namespace Attend {

/** The formats Attend reads, as recognised from a feed's content (never from its name). */
enum class FeedFormat {
    Unknown,
    PentabarfXml,
};

/** Looks at the first bytes: a byte-order mark, an XML prolog or comments, then the root element. */
FeedFormat detectFeedFormat(const QByteArray &data);

} // namespace Attend
