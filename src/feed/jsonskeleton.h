#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Attend {

/**
 * A frab JSON document with every event object cut out and replaced by a small placeholder, so
 * that QJsonDocument builds the conference, days and rooms (small) but never all events at once:
 * each event is parsed on its own when the reader reaches it. A whole document held as a
 * QJsonDocument takes more than twice the file's size.
 *
 * Events are the objects in schedule.conference.days[].rooms.*[] (frab) and schedule.events[]
 * (schedule2), matched by their decoded member names. The scan only follows strings and
 * brackets; whether the JSON is well formed is QJsonDocument's to say, on the skeleton and on
 * each event. Expects nesting already checked (FrabJsonParser refuses deep documents first).
 */
class JsonSkeleton
{
public:
    explicit JsonSkeleton(const QByteArray &json);

    /** The document with {"\u0000":N} in place of event N. */
    const QByteArray &bytes() const { return m_skeleton; }

    /** True for a placeholder (what every object in an event's place is). */
    bool isPlaceholder(const QJsonObject &object) const;
    /** Event N's bytes, parsed. On a parse error: false, with the offset in the whole document. */
    bool parseEvent(const QJsonObject &placeholder, QJsonObject *event, qsizetype *errorOffset, QString *error) const;

    /** Where a byte of the skeleton came from in the whole document (for error positions). */
    qsizetype originalOffset(qsizetype skeletonOffset) const;

    /**
     * Parses the events the reader never asked for (another schedule's, a repeated member's), so
     * that broken JSON anywhere is refused as it was when the whole document was parsed at once.
     */
    bool checkUnread(qsizetype *errorOffset, QString *error) const;

private:
    struct Cut {
        qsizetype begin; // the event's bytes in the whole document
        qsizetype end;
    };
    struct Shift {
        qsizetype skeletonEnd; // just after a placeholder in the skeleton
        qsizetype originalEnd; // just after the event it replaced
    };
    QByteArray m_json;
    QByteArray m_skeleton;
    QList<Cut> m_events;
    QList<Shift> m_shifts;
    mutable QList<bool> m_read;
};

} // namespace Attend
