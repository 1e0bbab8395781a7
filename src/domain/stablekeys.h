#pragma once

#include "session.h"

#include <QList>

namespace Attend {

/**
 * Gives every session a key that is unique within its feed and survives feed updates:
 * the guid, else the feed id; where both are missing or repeated within the feed, a key derived
 * from what stays when a session moves (title and speakers), numbered to stay unique.
 * Keeps every session: duplicates get distinct keys, none is dropped.
 */
void assignStableKeys(QList<Session> &sessions);

} // namespace Attend
