#pragma once

#include "domain/session.h"

#include <QString>

namespace Attend {

/**
 * The address of a session's recording among its feed links, or empty: a link whose title says
 * recording or video, or one on a video host (media.ccc.de, YouTube, video.fosdem.org).
 * A stand-in until domain Session classifies its links itself: the one place to swap over.
 */
QString recordingLinkFor(const Session &session);

} // namespace Attend
