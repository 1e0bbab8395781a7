#include "htmltotext.h"

#include <QHash>
#include <QStringList>

#include <utility>

namespace Attend {

namespace {

// The elements whose tags make a text HTML rather than text that happens to hold a "<".
bool isHtmlTagName(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("p"),
        QStringLiteral("br"),
        QStringLiteral("a"),
        QStringLiteral("div"),
        QStringLiteral("span"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("li"),
        QStringLiteral("em"),
        QStringLiteral("strong"),
        QStringLiteral("b"),
        QStringLiteral("i"),
        QStringLiteral("u"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("h5"),
        QStringLiteral("h6"),
        QStringLiteral("img"),
        QStringLiteral("code"),
        QStringLiteral("pre"),
        QStringLiteral("blockquote"),
        QStringLiteral("hr"),
        QStringLiteral("table"),
        QStringLiteral("tr"),
        QStringLiteral("td"),
        QStringLiteral("th"),
        QStringLiteral("sup"),
        QStringLiteral("sub"),
        QStringLiteral("small"),
        QStringLiteral("iframe"),
        QStringLiteral("script"),
        QStringLiteral("style"),
    };
    for (const QString &known : names) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Enough named references for what conference tools emit; unknown ones are left as written.
const QHash<QString, QString> &namedEntities()
{
    static const QHash<QString, QString> entities = {
        {QStringLiteral("amp"), QStringLiteral("&")},     {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},      {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},    {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")}, {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")}, {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")}, {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201D")}, {QStringLiteral("laquo"), QStringLiteral("\u00AB")},
        {QStringLiteral("raquo"), QStringLiteral("\u00BB")}, {QStringLiteral("bull"), QStringLiteral("\u2022")},
        {QStringLiteral("middot"), QStringLiteral("\u00B7")}, {QStringLiteral("copy"), QStringLiteral("\u00A9")},
        {QStringLiteral("reg"), QStringLiteral("\u00AE")},  {QStringLiteral("trade"), QStringLiteral("\u2122")},
        {QStringLiteral("euro"), QStringLiteral("\u20AC")}, {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("times"), QStringLiteral("\u00D7")}, {QStringLiteral("eacute"), QStringLiteral("\u00E9")},
        {QStringLiteral("egrave"), QStringLiteral("\u00E8")}, {QStringLiteral("agrave"), QStringLiteral("\u00E0")},
        {QStringLiteral("auml"), QStringLiteral("\u00E4")}, {QStringLiteral("ouml"), QStringLiteral("\u00F6")},
        {QStringLiteral("uuml"), QStringLiteral("\u00FC")}, {QStringLiteral("Auml"), QStringLiteral("\u00C4")},
        {QStringLiteral("Ouml"), QStringLiteral("\u00D6")}, {QStringLiteral("Uuml"), QStringLiteral("\u00DC")},
        {QStringLiteral("szlig"), QStringLiteral("\u00DF")}, {QStringLiteral("ccedil"), QStringLiteral("\u00E7")},
        {QStringLiteral("ntilde"), QStringLiteral("\u00F1")}, {QStringLiteral("oacute"), QStringLiteral("\u00F3")},
        {QStringLiteral("aacute"), QStringLiteral("\u00E1")}, {QStringLiteral("iacute"), QStringLiteral("\u00ED")},
        {QStringLiteral("uacute"), QStringLiteral("\u00FA")},
    };
    return entities;
}

bool isBlockTag(const QString &name)
{
    static const QStringList blocks = {
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("pre"), QStringLiteral("blockquote"),
        QStringLiteral("table"), QStringLiteral("hr"),
    };
    return blocks.contains(name);
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// Removes tags; block elements end paragraphs, <br> and rows end lines, list items get a bullet.
// The content of script, style and iframe is dropped whole; images leave nothing (no remote loads).
// A tag is <, an optional /, spaces, a name of ASCII letters and digits, anything up to the next
// >; a comment is <!-- up to -->; any other < is text. Scanned by hand in one pass: a regular
// expression for the same tries every < against the rest of the text when no > follows, which
// made "<p>" and 500,000 "<a" take hours.
QString stripTags(const QString &html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype size = html.size();
    // Where the next '>' and '-->' are: found once, reused until passed, so the scan stays linear.
    qsizetype nextClose = -2;
    qsizetype nextCommentEnd = -2;
    QString skipUntilClose;
    qsizetype pos = 0;    // start of the text not yet copied
    qsizetype scan = 0;   // where to look for the next '<'
    while (scan < size) {
        const qsizetype open = html.indexOf(QLatin1Char('<'), scan);
        if (open < 0)
            break;
        scan = open + 1;
        qsizetype tagEnd = -1; // one past the '>' that ends a tag or comment here
        QString name;
        bool closing = false;
        if (QStringView(html).mid(open, 4) == QLatin1String("<!--")) {
            if (nextCommentEnd != -1 && nextCommentEnd < open + 4)
                nextCommentEnd = html.indexOf(QLatin1String("-->"), open + 4);
            if (nextCommentEnd >= 0)
                tagEnd = nextCommentEnd + 3;
        } else {
            qsizetype i = open + 1;
            if (i < size && html.at(i) == QLatin1Char('/')) {
                closing = true;
                ++i;
            }
            while (i < size && html.at(i).isSpace())
                ++i;
            const qsizetype nameStart = i;
            if (i < size && isAsciiLetter(html.at(i))) {
                while (i < size && isAsciiLetterOrDigit(html.at(i)))
                    ++i;
                if (nextClose != -1 && nextClose < i)
                    nextClose = html.indexOf(QLatin1Char('>'), i);
                if (nextClose >= 0) {
                    tagEnd = nextClose + 1;
                    name = html.mid(nameStart, i - nameStart).toLower();
                }
            }
        }
        if (tagEnd < 0)
            continue; // a '<' that is text
        if (skipUntilClose.isEmpty())
            out += QStringView(html).mid(pos, open - pos);
        pos = scan = tagEnd;
        if (!skipUntilClose.isEmpty()) {
            if (closing && name == skipUntilClose)
                skipUntilClose.clear();
            continue;
        }
        if (name.isEmpty())
            continue; // a comment
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("iframe"))) {
            skipUntilClose = name;
        } else if (name == QLatin1String("br") || name == QLatin1String("tr")) {
            out += QLatin1Char('\n');
        } else if (name == QLatin1String("li")) {
            if (!closing)
                out += QStringLiteral("\n\u2022 ");
        } else if (isBlockTag(name)) {
            out += QStringLiteral("\n\n");
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (closing)
                out += QLatin1Char('\t');
        }
    }
    if (skipUntilClose.isEmpty())
        out += QStringView(html).mid(pos);
    return out;
}

bool isRunSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0);
}

// Every run of two or more spaces, tabs or no-break spaces becomes one space, in one pass (a
// regular expression per line was a tenth of reading FOSDEM). A lone tab or no-break space stays.
void collapseSpaceRuns(QString &line)
{
    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i + 1 < size && !(isRunSpace(line.at(i)) && isRunSpace(line.at(i + 1))))
        ++i;
    if (i + 1 >= size)
        return; // no run: the usual case, nothing copied
    QString out;
    out.reserve(size);
    out += QStringView(line).first(i);
    while (i < size) {
        if (isRunSpace(line.at(i)) && i + 1 < size && isRunSpace(line.at(i + 1))) {
            while (i < size && isRunSpace(line.at(i)))
                ++i;
            out += QLatin1Char(' ');
        } else {
            out += line.at(i++);
        }
    }
    line = std::move(out);
}

// Removes trailing spaces and the indentation that templates leave (all lines but the first
// share it), and collapses runs of blank lines into one.
QString tidyWhitespace(const QString &text, bool collapseSpaces)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype commonIndent = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && (line.at(indent) == QLatin1Char(' ') || line.at(indent) == QLatin1Char('\t')))
            ++indent;
        commonIndent = commonIndent < 0 ? indent : std::min(commonIndent, indent);
    }
    QStringList kept;
    bool previousBlank = true; // also drops leading blank lines
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == 0 || collapseSpaces)
            line = line.trimmed();
        else if (commonIndent > 0)
            line = line.mid(std::min(commonIndent, line.size()));
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (collapseSpaces)
            collapseSpaceRuns(line);
        const bool blank = line.isEmpty();
        if (blank && previousBlank)
            continue;
        kept.append(line);
        previousBlank = blank;
    }
    while (!kept.isEmpty() && kept.constLast().isEmpty())
        kept.removeLast();
    return kept.join(QLatin1Char('\n'));
}

} // namespace

bool isWordCharacter(QChar c)
{
    return isAsciiLetterOrDigit(c) || c == QLatin1Char('_');
}

bool looksLikeHtml(const QString &text)
{
    // A known tag: "<" or "</", a name from the list ending where the word ends, then anything
    // but "<" up to a ">". Scanned by hand (a regular expression here was a sixth of reading
    // FOSDEM): each look at a "<" ends at the next "<" or ">", so the scan stays linear.
    const qsizetype size = text.size();
    for (qsizetype open = text.indexOf(QLatin1Char('<')); open >= 0; open = text.indexOf(QLatin1Char('<'), open + 1)) {
        qsizetype i = open + 1;
        if (i < size && text.at(i) == QLatin1Char('/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < size && isWordCharacter(text.at(i)))
            ++i;
        if (!isHtmlTagName(QStringView(text).mid(nameStart, i - nameStart)))
            continue;
        while (i < size && text.at(i) != QLatin1Char('<') && text.at(i) != QLatin1Char('>'))
            ++i;
        if (i < size && text.at(i) == QLatin1Char('>'))
            return true;
    }
    return false;
}

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

/**
 * The reference that starts at `at` (an "&"): "&#65;" (1 to 7 digits), "&#x41;" (1 to 6 hex
 * digits) or "&name;" (a letter and 1 to 10 letters or digits). Its body ("#65", "amp") and the
 * index just past its ";"; an empty body when none starts there.
 */
std::pair<QStringView, qsizetype> referenceAt(QStringView text, qsizetype at)
{
    const qsizetype size = text.size();
    qsizetype i = at + 1;
    auto run = [&](qsizetype from, auto accepts) {
        qsizetype end = from;
        while (end < size && accepts(text.at(end)))
            ++end;
        return end;
    };
    qsizetype end = -1;
    if (i < size && text.at(i) == QLatin1Char('#')) {
        if (i + 1 < size && isAsciiDigit(text.at(i + 1))) {
            const qsizetype digits = run(i + 1, isAsciiDigit);
            if (digits - (i + 1) <= 7)
                end = digits;
        } else if (i + 1 < size && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X'))) {
            const qsizetype digits = run(i + 2, isHexDigit);
            if (digits - (i + 2) >= 1 && digits - (i + 2) <= 6)
                end = digits;
        }
    } else if (i < size && isAsciiLetter(text.at(i))) {
        const qsizetype name = run(i, isAsciiLetterOrDigit);
        if (name - i >= 2 && name - i <= 11)
            end = name;
    }
    if (end < 0 || end >= size || text.at(end) != QLatin1Char(';'))
        return {QStringView(), at + 1};
    return {text.mid(i, end - i), end + 1};
}
} // namespace

QString decodeHtmlEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    // Scanned by hand, as looksLikeHtml: a regular expression here was a tenth of reading FOSDEM.
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0; // start of the text not yet copied
    for (qsizetype amp = text.indexOf(QLatin1Char('&')); amp >= 0; amp = text.indexOf(QLatin1Char('&'), amp)) {
        const auto [body, next] = referenceAt(text, amp);
        if (body.isEmpty()) {
            amp = next; // an "&" that is text
            continue;
        }
        const qsizetype start = amp;
        out += QStringView(text).mid(pos, start - pos);
        pos = amp = next;
        QString replacement;
        if (body.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = body.size() > 1 && (body.at(1) == QLatin1Char('x') || body.at(1) == QLatin1Char('X'));
            const uint codePoint = hex ? body.mid(2).toUInt(&ok, 16) : body.mid(1).toUInt(&ok, 10);
            // Control characters and surrogates are not text: drop them rather than emit them.
            if (ok && codePoint >= 0x20 && codePoint <= 0x10FFFF && !(codePoint >= 0xD800 && codePoint <= 0xDFFF))
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1);
            else if (ok && (codePoint == '\n' || codePoint == '\t'))
                replacement = QChar(codePoint);
        } else {
            const auto named = namedEntities().constFind(body.toString());
            replacement = named != namedEntities().cend() ? *named : QStringView(text).mid(start, next - start).toString(); // unknown: as written
        }
        out += replacement;
    }
    out += QStringView(text).mid(pos);
    return out;
}

QString joinedParagraphs(const QString &first, const QString &second)
{
    QString joined;
    joined.reserve(first.size() + 2 + second.size());
    joined += first;
    joined += QLatin1String("\n\n");
    joined += second;
    return joined;
}

QString htmlToPlainText(const QString &text)
{
    if (looksLikeHtml(text)) {
        // In HTML, source line breaks are just spaces: only tags make lines.
        QString flat = text;
        flat.replace(QLatin1Char('\r'), QLatin1Char(' '));
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return tidyWhitespace(decodeHtmlEntities(stripTags(flat)), true);
    }
    return tidyWhitespace(text, false);
}

} // namespace Attend
