#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace Attend {

/** Whether the bytes are an HTML page (a conference's web site) rather than a schedule feed. */
bool looksLikeWebPage(const QByteArray &data);

/**
 * The schedule feeds a web page points to, resolved against the page's address, each once, at most
 * `limit`: `<link rel="alternate">` with a feed type (as pretalx pages carry), and links whose path
 * ends in .xml, .json or .ics, or in "/xml", "/json", "/ical" under a schedule path (as FOSDEM's
 * schedule pages link them). Only http(s) addresses; the page's text is never shown.
 */
QList<QUrl> scheduleLinksInPage(const QByteArray &html, const QUrl &pageUrl, int limit = 8);

} // namespace Attend
