#include "jsonskeleton.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <algorithm>

namespace Attend {

namespace {

const QString placeholderKey = QString(QChar(0));

/** Just past the string that opens at `at` (a '"'), or the end of the text when it does not close. */
qsizetype stringEnd(const QByteArray &json, qsizetype at)
{
    const qsizetype size = json.size();
    for (qsizetype i = at + 1; i < size; ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i + 1;
    }
    return size;
}

/** Just past the '}' or ']' that closes the one opened at `at`, or -1 when none does. */
qsizetype containerEnd(const QByteArray &json, qsizetype at)
{
    int depth = 0;
    const qsizetype size = json.size();
    for (qsizetype i = at; i < size;) {
        const char c = json.at(i);
        if (c == '"') {
            i = stringEnd(json, i);
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
        ++i;
    }
    return -1;
}

/** A member name as QJsonObject will hold it: escapes decoded. */
QString decodedName(const QByteArray &json, qsizetype begin, qsizetype end)
{
    const QByteArray quoted = json.mid(begin, end - begin);
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
}

struct Frame {
    bool object = false;
    bool expectName = false; // objects: the next string is a member name
    QString name;            // objects: the member being read
};

/** True when an object opened inside `stack` is an event. */
bool atEvent(const QList<Frame> &stack)
{
    const auto is = [&stack](qsizetype i, bool object, const char *name) {
        return stack.at(i).object == object && (!name || stack.at(i).name == QLatin1String(name));
    };
    // schedule2: {"schedule": {"events": [ here
    if (stack.size() == 3)
        return is(0, true, "schedule") && is(1, true, "events") && is(2, false, nullptr);
    // frab: {"schedule": {"conference": {"days": [{"rooms": {"any room": [ here
    if (stack.size() == 7)
        return is(0, true, "schedule") && is(1, true, "conference") && is(2, true, "days") && is(3, false, nullptr)
            && is(4, true, "rooms") && is(5, true, nullptr) && is(6, false, nullptr);
    return false;
}

} // namespace

JsonSkeleton::JsonSkeleton(const QByteArray &json)
    : m_json(json)
{
    QList<Frame> stack;
    qsizetype copied = 0;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size;) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            if (!stack.isEmpty() && stack.constLast().object && stack.constLast().expectName) {
                stack.last().name = decodedName(json, i, end);
                stack.last().expectName = false;
            }
            i = end;
            continue;
        }
        if (c == '{' && atEvent(stack)) {
            const qsizetype end = containerEnd(json, i);
            if (end > 0) {
                m_skeleton.append(json.constData() + copied, i - copied);
                m_skeleton += "{\"\\u0000\":" + QByteArray::number(m_events.size()) + '}';
                m_events.append({i, end});
                m_shifts.append({m_skeleton.size(), end});
                copied = i = end;
                continue;
            }
        }
        if (c == '{')
            stack.append({true, true, {}});
        else if (c == '[')
            stack.append({false, false, {}});
        else if ((c == '}' || c == ']') && !stack.isEmpty())
            stack.removeLast();
        else if (c == ',' && !stack.isEmpty() && stack.constLast().object)
            stack.last().expectName = true;
        ++i;
    }
    m_read.fill(false, m_events.size());
    if (copied == 0) {
        m_skeleton = json; // no event cut out: shared, not copied
    } else {
        m_skeleton.append(json.constData() + copied, size - copied);
        m_skeleton.squeeze();
    }
}

bool JsonSkeleton::isPlaceholder(const QJsonObject &object) const
{
    if (object.size() != 1)
        return false;
    const qint64 index = object.value(placeholderKey).toInteger(-1);
    return index >= 0 && index < m_events.size();
}

namespace {
bool parseCut(const QByteArray &json, qsizetype begin, qsizetype end, QJsonObject *event, qsizetype *errorOffset, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(json.constData() + begin, end - begin), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorOffset = begin + parseError.offset;
        *error = parseError.errorString();
        return false;
    }
    if (event)
        *event = document.object();
    return true;
}
} // namespace

bool JsonSkeleton::parseEvent(const QJsonObject &placeholder, QJsonObject *event, qsizetype *errorOffset, QString *error) const
{
    const qint64 index = placeholder.value(placeholderKey).toInteger();
    m_read[index] = true;
    return parseCut(m_json, m_events.at(index).begin, m_events.at(index).end, event, errorOffset, error);
}

bool JsonSkeleton::checkUnread(qsizetype *errorOffset, QString *error) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        if (!m_read.at(i) && !parseCut(m_json, m_events.at(i).begin, m_events.at(i).end, nullptr, errorOffset, error))
            return false;
    }
    return true;
}

qsizetype JsonSkeleton::originalOffset(qsizetype skeletonOffset) const
{
    // The last placeholder that ends at or before the offset; before the first, nothing moved.
    const auto after = std::upper_bound(m_shifts.cbegin(), m_shifts.cend(), skeletonOffset,
                                        [](qsizetype offset, const Shift &shift) { return offset < shift.skeletonEnd; });
    if (after == m_shifts.cbegin())
        return skeletonOffset;
    const Shift &shift = *std::prev(after);
    return shift.originalEnd + (skeletonOffset - shift.skeletonEnd);
}

} // namespace Attend
