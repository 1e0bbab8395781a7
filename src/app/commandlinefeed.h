#pragma once

#include "feed/parseresult.h"

#include <QString>

#include <cstdio>

namespace Attend {

/**
 * The agenda `--feed` names, for the scripted modes (--list, --export-ics): the built-in one when
 * empty, a file as it is, or a URL revalidated first with a conditional GET against the copy the
 * app keeps (the same copy the window shows). When the network or the feed fails and a copy is
 * there, the copy is used and err says so; bookmarks and the copy are never harmed.
 */
ParseResult readFeedForCommandLine(const QString &feed, FILE *err);

} // namespace Attend
