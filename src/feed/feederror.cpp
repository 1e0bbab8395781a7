#include "feederror.h"

namespace Attend {

QString FeedError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(source).arg(line).arg(column).arg(message);
    return QStringLiteral("%1: %2").arg(source, message);
}

} // namespace Attend
