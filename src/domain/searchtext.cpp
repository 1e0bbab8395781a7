#include "searchtext.h"

#include <algorithm>

#include "session.h"

#include <QList>
#include <QRegularExpression>

#include "weblink.h"

namespace Attend {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/** Where each word (folded) starts a word of the folded text; calls found(position, length). */
template<typename Found>
bool forEachWordStart(const QString &folded, const QString &word, Found found)
{
    bool any = false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = folded.indexOf(word, from);
        if (at < 0)
            return any;
        if (at == 0 || !isWordChar(folded.at(at - 1))) {
            any = true;
            if (!found(at, word.size()))
                return true;
        }
        from = at + 1;
    }
}

} // namespace

QString foldForSearch(const QString &text)
{
    // Plain ASCII (most names and titles) has nothing to decompose and no marks: lower case is
    // its whole folding, without the normalization pass (a third of building the speakers list).
    if (isPlainAscii(text))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        // Combining marks are what NFKD split accents into; dropping them makes "é" match "e".
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    // Simple case folding keeps "ß"; people type "ss" for it.
    return folded.toCaseFolded().replace(QChar(0x00DF), QStringLiteral("ss"));
}

bool isPlainAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QStringList searchWords(const QString &query)
{
    const QString folded = foldForSearch(query);
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (isWordChar(c)) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    words.removeDuplicates();
    return words;
}

bool matchesWordStarts(const QString &foldedHaystack, const QStringList &words)
{
    for (const QString &word : words) {
        if (!forEachWordStart(foldedHaystack, word, [](qsizetype, qsizetype) { return false; }))
            return false;
    }
    return true;
}

QString sessionSearchText(const Session &session)
{
    const QChar separator = QLatin1Char('\n');
    return foldForSearch(session.title + separator + session.subtitle + separator
                         + session.speakerNames().join(separator) + separator + session.track + separator
                         + session.room + separator + session.abstract);
}

bool sessionMatches(const Session &session, const QStringList &words)
{
    return words.isEmpty() || matchesWordStarts(sessionSearchText(session), words);
}

QString highlightWordStarts(const QString &text, const QStringList &words)
{
    if (words.isEmpty())
        return text.toHtmlEscaped(); // every card, when nobody searches: no folding to do
    // Fold character by character, remembering where each folded character came from, so a match in
    // the folded text ("universite") marks the right characters of the original ("Université").
    QString folded;
    QList<qsizetype> origin; // folded index -> index in text
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            width = 2;
        const QString piece = foldForSearch(text.mid(i, width));
        for (qsizetype k = 0; k < piece.size(); ++k) {
            folded.append(piece.at(k));
            origin.append(i);
        }
        i += width - 1;
    }
    QList<bool> marked(text.size(), false);
    for (const QString &word : words) {
        forEachWordStart(folded, word, [&](qsizetype at, qsizetype length) {
            for (qsizetype k = at; k < at + length; ++k)
                marked[origin.at(k)] = true;
            // A character folded to several ("ﬁ" -> "fi") is marked whole.
            return true;
        });
    }
    QString html;
    bool open = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (marked.at(i) != open) {
            html += open ? QStringLiteral("</u></b>") : QStringLiteral("<b><u>");
            open = marked.at(i);
        }
        html += QString(text.at(i)).toHtmlEscaped();
    }
    if (open)
        html += QStringLiteral("</u></b>");
    return html;
}

QString linkifyPlainText(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("https?://[^\\s<>\"'\\x{201C}\\x{201D}]+"), QRegularExpression::CaseInsensitiveOption);
    const auto escape = [](const QString &plain) {
        return plain.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    };
    QString html;
    qsizetype done = 0;
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString link = match.captured(0);
        // Sentence punctuation after an address is the sentence's, and so is a closing bracket
        // that the address did not open.
        while (!link.isEmpty()) {
            const QChar last = link.back();
            if (QStringLiteral(".,;:!?'").contains(last)
                || (last == QLatin1Char(')') && link.count(QLatin1Char('(')) < link.count(QLatin1Char(')'))))
                link.chop(1);
            else
                break;
        }
        html += escape(text.mid(done, match.capturedStart(0) - done));
        if (isWebLink(link))
            html += QStringLiteral("<a href=\"%1\">%2</a>").arg(QString::fromLatin1(QUrl(link).toEncoded()), link.toHtmlEscaped());
        else
            html += escape(link);
        done = match.capturedStart(0) + link.size();
    }
    html += escape(text.mid(done));
    return html;
}

} // namespace Attend
