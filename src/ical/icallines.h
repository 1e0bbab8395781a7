#pragma once

// Reading iCalendar text line by line as libical will, before libical sees it: so that what
// libical would recurse on (nesting) or work on for long can be bounded first. Used by the feed
// reader and by the bookmark import.

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>

namespace Attend {

/** Of an unfolded line, enough for component names, TZIDs and rules. */
constexpr qsizetype maxLineView = 4096;

/**
 * The lines of an iCalendar text as libical reads them: a line break followed by a space or a tab
 * is no break (RFC 5545 §3.1). Only the first maxLineView bytes of a joined line are kept: enough
 * for component names, TZIDs and rules, and a line of a million folds costs no memory.
 */
class LogicalLines
{
public:
    explicit LogicalLines(const QByteArray &text)
        : m_text(text)
    {
    }

    bool next()
    {
        if (m_next >= m_text.size())
            return false;
        m_begin = m_next;
        m_number = ++m_rawLines;
        m_line = rawLine();
        bool joined = false;
        while (m_next < m_text.size() && (m_text.at(m_next) == ' ' || m_text.at(m_next) == '\t')) {
            ++m_rawLines;
            const QByteArrayView more = rawLine().sliced(1);
            if (!joined) {
                m_joined = m_line.toByteArray();
                joined = true;
            }
            if (m_joined.size() < maxLineView)
                m_joined.append(more.first(std::min<qsizetype>(more.size(), maxLineView - m_joined.size())));
        }
        if (joined)
            m_line = m_joined;
        m_line = m_line.trimmed();
        return true;
    }

    QByteArrayView text() const { return m_line; }
    qint64 number() const { return m_number; }          // of its first raw line
    qsizetype begin() const { return m_begin; }         // byte offset of its first raw line
    qsizetype end() const { return m_next; }            // just past its last raw line's break

    /** The property or keyword name: up to the first ':' or ';', as libical splits it. */
    QByteArrayView name() const
    {
        qsizetype at = 0;
        while (at < m_line.size() && m_line.at(at) != ':' && m_line.at(at) != ';')
            ++at;
        return m_line.first(at);
    }
    /** The value: after the first ':' outside quotes (a parameter may hold "a:b"). */
    QByteArrayView value() const
    {
        bool quoted = false;
        for (qsizetype at = 0; at < m_line.size(); ++at) {
            if (m_line.at(at) == '"')
                quoted = !quoted;
            else if (m_line.at(at) == ':' && !quoted)
                return m_line.sliced(at + 1).trimmed();
        }
        return {};
    }

private:
    QByteArrayView rawLine()
    {
        qsizetype lineEnd = m_text.indexOf('\n', m_next);
        if (lineEnd < 0)
            lineEnd = m_text.size();
        const QByteArrayView line = QByteArrayView(m_text).sliced(m_next, lineEnd - m_next);
        m_next = std::min(lineEnd + 1, m_text.size());
        return line;
    }

    const QByteArray &m_text;
    qsizetype m_next = 0;
    qsizetype m_begin = 0;
    qint64 m_rawLines = 0;
    qint64 m_number = 0;
    QByteArrayView m_line;
    QByteArray m_joined;
};

inline bool namedNoCase(QByteArrayView name, QByteArrayView wanted)
{
    return name.size() == wanted.size() && qstrnicmp(name.data(), wanted.data(), name.size()) == 0;
}

/**
 * Whether BEGIN and END lines, counted unfolded (libical reads "BEG" + " IN:X" as BEGIN:X, and
 * "BEGIN;X=1:X" too), nest deeper than maxDepth. libical builds and frees components recursively,
 * so a file of endless BEGIN lines must be stopped here, not on the stack.
 */
inline bool nestsDeeperThan(const QByteArray &text, int maxDepth)
{
    int depth = 0;
    LogicalLines lines(text);
    while (lines.next()) {
        if (namedNoCase(lines.name(), "BEGIN")) {
            if (++depth > maxDepth)
                return true;
        } else if (namedNoCase(lines.name(), "END")) {
            depth = std::max(0, depth - 1);
        }
    }
    return false;
}

} // namespace Attend
