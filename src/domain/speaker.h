#pragma once

#include <QString>

namespace Attend {

/** A person presenting a session, as named by the feed. */
struct Speaker {
    QString id;   // the feed's person id or guid; empty when the feed gives none
    QString name;

    friend bool operator==(const Speaker &a, const Speaker &b) { return a.id == b.id && a.name == b.name; }
};

} // namespace Attend
