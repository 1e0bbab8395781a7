#pragma once

#include <QString>
#include <QUrl>

namespace Attend {

/** A link attached to a session (slides, recording, live stream, the talk's page). */
struct SessionLink {
    QString title;
    QUrl url;

    friend bool operator==(const SessionLink &a, const SessionLink &b) { return a.title == b.title && a.url == b.url; }
};

} // namespace Attend
