#pragma once

#include <QString>
#include <QStringList>

namespace Attend {

/** "a · b · c", leaving out the empty parts: how one line names a session's time, place and people. */
inline QString joinNonEmpty(const QStringList &parts, const QString &separator = QStringLiteral(" \u00B7 "))
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(separator);
}

} // namespace Attend
