#pragma once

#include <QString>
#include <QStringList>

namespace Attend {

struct Session;

/**
 * Folds text for matching as people type: case-folded, accents removed ("Université" -> "universite"),
 * ligatures and compatibility forms decomposed (NFKD). Search text and haystack both go through this.
 */
QString foldForSearch(const QString &text);

/** Whether the text is all ASCII: foldForSearch is then its lower case, and so is its case folding. */
bool isPlainAscii(QStringView text);

/**
 * The words a person typed, folded: runs of letters and digits, so "Node.js" is "node" and "js"
 * and "Rust-based" is "rust" and "based". Empty when nothing searchable was typed.
 */
QStringList searchWords(const QString &query);

/** Whether every word starts a word of the folded haystack ("rust" finds "Rust-based", not "trust"). */
bool matchesWordStarts(const QString &foldedHaystack, const QStringList &words);

/** What search looks through for a session: title, subtitle, speakers, track, room, abstract, folded. */
QString sessionSearchText(const Session &session);

/** Whether the session is one a search for `words` (see searchWords) shows. */
bool sessionMatches(const Session &session, const QStringList &words);

/**
 * The text as HTML, every character escaped, with the word starts that match `words` in <b><u>
 * (bold and underlined: a card's title is bold already): for a Text in StyledText format. Only
 * the tags written here are markup; the text never is.
 */
QString highlightWordStarts(const QString &text, const QStringList &words);

/**
 * Plain text (an abstract) as HTML for StyledText: every character escaped, line breaks kept, and the
 * http(s) addresses written in it made links (trailing punctuation left out: "see https://a.org.").
 */
QString linkifyPlainText(const QString &text);

} // namespace Attend
