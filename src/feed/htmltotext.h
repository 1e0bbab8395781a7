#pragma once

#include <QString>

namespace Attend {

/**
 * Turns an abstract as feeds publish it (HTML, escaped HTML, Markdown or plain text with template
 * indentation) into safe plain text: tags removed or turned into line breaks, entities decoded,
 * images and scripts dropped, common indentation removed, blank runs collapsed.
 */
QString htmlToPlainText(const QString &text);

/** True when the text holds at least one recognisable HTML tag (not just a stray '<'). */
bool looksLikeHtml(const QString &text);

/** Decodes HTML character references: &amp; &#8217; &#x2019; and the common named ones. */
QString decodeHtmlEntities(const QString &text);

/** "first\n\nsecond" in one allocation of its exact size (a + b + c leaves growth slack that the agenda keeps). */
QString joinedParagraphs(const QString &first, const QString &second);

} // namespace Attend
