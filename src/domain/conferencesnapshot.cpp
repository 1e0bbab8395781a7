#include "conferencesnapshot.h"

#include "feedlimits.h"
#include "zonename.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <cstring>
#include <type_traits>

namespace Attend::ConferenceSnapshot {

namespace {

constexpr char magic[8] = {'A', 'T', 'T', 'E', 'N', 'D', 'S', 'N'};
constexpr quint32 byteOrderMark = 0x01020304; // written as this machine holds it: another order reads as another format
constexpr qsizetype maxTagBytes = 256;        // a hash or a reader's name in the header

/**
 * 64-bit digest, eight bytes a step: catches a snapshot damaged on disk and tells copies apart.
 * Not a defence against someone who can write the files: they could write the copy itself.
 */
quint64 digest(QByteArrayView bytes)
{
    ConferenceSnapshot::CopyDigest digest(bytes.size());
    digest.add(bytes);
    return digest.value();
}

/** One step of the digest: a word mixed into the state. */
quint64 mixed(quint64 state, quint64 word)
{
    state = (state ^ word) * 0x9e3779b97f4a7c15ULL;
    return state ^ (state >> 29);
}

/** A digest as the snapshot's header writes it. */
QByteArray hexOf(quint64 digestValue)
{
    return QByteArray(reinterpret_cast<const char *>(&digestValue), sizeof digestValue).toHex();
}

enum class ZoneKind : quint8 { Invalid, Utc, Offset, Named };

// ---- writing ----

class Writer
{
public:
    template <typename T>
    void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_body.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    // Strings go to one table, each distinct text once: rooms, tracks and languages repeat on every
    // session, and read back as shared copies of one QString, which also saves memory.
    void put(const QString &text)
    {
        if (text.isEmpty()) {
            put(quint32(0));
            return;
        }
        auto found = m_index.constFind(text);
        if (found == m_index.cend()) {
            m_table.append(text);
            found = m_index.insert(text, quint32(m_table.size())); // 0 stands for the empty string
        }
        put(*found);
    }
    void put(const QDateTime &time)
    {
        put(quint8(time.isValid()));
        put(qint64(time.isValid() ? time.toMSecsSinceEpoch() : 0));
    }
    // The default form, read back tolerantly, gives the same QUrl; the fully encoded form does not
    // for a '#' inside a fragment (chat.fosdem.org/#/room/#2026-main).
    void put(const QUrl &url) { put(url.isValid() ? url.toString() : QString()); }
    void put(const QTimeZone &zone)
    {
        if (!zone.isValid()) {
            put(quint8(ZoneKind::Invalid));
        } else if (zone == QTimeZone::utc()) {
            put(quint8(ZoneKind::Utc));
        } else if (const QByteArray id = zone.id(); id.startsWith("UTC") && !QTimeZone::isTimeZoneIdAvailable(id)) {
            put(quint8(ZoneKind::Offset)); // QTimeZone(offsetSeconds): "UTC+01:00", no IANA id
            put(qint32(zone.standardTimeOffset(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))));
        } else {
            put(quint8(ZoneKind::Named));
            put(QString::fromLatin1(id));
        }
    }

    QByteArray payload() const
    {
        QByteArray bytes;
        qsizetype tableBytes = 4;
        for (const QString &text : m_table)
            tableBytes += 4 + text.size() * 2;
        bytes.reserve(tableBytes + m_body.size());
        const auto append = [&bytes](quint32 value) { bytes.append(reinterpret_cast<const char *>(&value), 4); };
        append(quint32(m_table.size()));
        for (const QString &text : m_table) {
            append(quint32(text.size()));
            bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        }
        bytes.append(m_body);
        return bytes;
    }

private:
    QByteArray m_body;
    QHash<QString, quint32> m_index;
    QList<QString> m_table;
};

void writeSession(Writer &out, const Session &session)
{
    out.put(session.key);
    out.put(session.feedId);
    out.put(session.guid);
    out.put(session.title);
    out.put(session.subtitle);
    out.put(session.track);
    out.put(session.room);
    out.put(session.type);
    out.put(session.language);
    out.put(session.start);
    out.put(qint64(session.durationSeconds));
    out.put(qint32(session.dayIndex));
    out.put(quint32(session.speakers.size()));
    for (const Speaker &speaker : session.speakers) {
        out.put(speaker.id);
        out.put(speaker.name);
    }
    out.put(session.abstract);
    out.put(session.url);
    out.put(quint32(session.links.size()));
    for (const SessionLink &link : session.links) {
        out.put(link.title);
        out.put(link.url);
    }
    out.put(quint8(session.cancelled));
    out.put(session.joinLink);
    out.put(session.chatLink);
    out.put(session.recordingLink);
    out.put(quint8(session.timeIsEstimated));
}

// ---- reading ----

class Cursor
{
public:
    explicit Cursor(QByteArrayView bytes)
        : m_at(bytes.data())
        , m_end(bytes.data() + bytes.size())
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    qsizetype left() const { return m_end - m_at; }
    void fail() { m_ok = false; }

    template <typename T>
    T get()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T value{};
        if (!m_ok || left() < qsizetype(sizeof value)) {
            m_ok = false;
            return value;
        }
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }

    QByteArrayView bytes(qsizetype count)
    {
        if (!m_ok || count < 0 || left() < count) {
            m_ok = false;
            return {};
        }
        const QByteArrayView view(m_at, count);
        m_at += count;
        return view;
    }

    /** A count of things each at least minBytes long: refused when the bytes left cannot hold them. */
    qsizetype count(qsizetype minBytes, qsizetype limit)
    {
        const quint32 n = get<quint32>();
        if (!m_ok || qsizetype(n) > limit || qsizetype(n) > left() / minBytes) {
            m_ok = false;
            return 0;
        }
        return qsizetype(n);
    }

    /** The table of strings, so that get<QString> can hand out shared copies. */
    bool readTable()
    {
        const qsizetype n = count(4, left() / 4);
        m_table.reserve(n + 1);
        m_table.append(QString());
        for (qsizetype i = 0; i < n && m_ok; ++i) {
            const quint32 length = get<quint32>();
            if (!m_ok || length > quint32(FeedLimits::maxFieldChars) * 2 || qsizetype(length) > left() / 2) {
                m_ok = false;
                break;
            }
            QString text(qsizetype(length), Qt::Uninitialized);
            std::memcpy(text.data(), m_at, size_t(length) * 2);
            m_at += qsizetype(length) * 2;
            m_table.append(std::move(text));
        }
        return m_ok;
    }

    QString text()
    {
        const quint32 index = get<quint32>();
        if (!m_ok || index >= quint32(m_table.size())) {
            m_ok = false;
            return {};
        }
        return m_table.at(index);
    }

    QDateTime time()
    {
        const quint8 valid = get<quint8>();
        const qint64 ms = get<qint64>();
        if (valid > 1)
            m_ok = false;
        return m_ok && valid ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    }

    QUrl url()
    {
        const quint32 index = get<quint32>();
        if (!m_ok || index >= quint32(m_table.size())) {
            m_ok = false;
            return {};
        }
        // One parse per distinct address: a room's chat and stream links repeat on each of its
        // sessions (FOSDEM: 1,971 distinct of 3,695), and parsing was half of reading a snapshot.
        auto parsed = m_urls.constFind(index);
        if (parsed == m_urls.cend()) {
            const QString &text = m_table.at(index);
            parsed = m_urls.insert(index, text.isEmpty() ? QUrl() : QUrl(text, QUrl::TolerantMode));
        }
        return *parsed;
    }

    bool flag()
    {
        const quint8 value = get<quint8>();
        if (value > 1)
            m_ok = false;
        return value == 1;
    }

    QTimeZone zone()
    {
        switch (ZoneKind(get<quint8>())) {
        case ZoneKind::Invalid:
            return {};
        case ZoneKind::Utc:
            return QTimeZone::utc();
        case ZoneKind::Offset: {
            const qint32 offset = get<qint32>();
            if (offset < -14 * 3600 || offset > 14 * 3600)
                m_ok = false;
            return m_ok ? QTimeZone(offset) : QTimeZone();
        }
        case ZoneKind::Named: {
            // Through the same gate as a feed's zone name: never a path, never a rule.
            const QTimeZone zone = zoneFromNameOrInvalid(text());
            if (!zone.isValid())
                m_ok = false;
            return zone;
        }
        }
        m_ok = false;
        return {};
    }

private:
    const char *m_at;
    const char *m_end;
    bool m_ok = true;
    QList<QString> m_table;
    QHash<quint32, QUrl> m_urls; // addresses parsed so far, by their index in the table
};

// The smallest a session can be in the payload: nine strings, start, duration, day, two counts,
// abstract, url, cancelled, three watch links and the estimated-time flag. Counts are checked
// against it, so no count can allocate beyond the input.
constexpr qsizetype minSessionBytes = 9 * 4 + 9 + 8 + 4 + 4 + 4 + 4 + 4 + 1 + 3 * 4 + 1;

Session readSession(Cursor &in, qsizetype dayCount)
{
    Session session;
    session.key = in.text();
    session.feedId = in.text();
    session.guid = in.text();
    session.title = in.text();
    session.subtitle = in.text();
    session.track = in.text();
    session.room = in.text();
    session.type = in.text();
    session.language = in.text();
    session.start = in.time();
    session.durationSeconds = in.get<qint64>();
    session.dayIndex = in.get<qint32>();
    if (session.durationSeconds < 0 || session.dayIndex < 0 || session.dayIndex >= std::max<qsizetype>(dayCount, 1))
        in.fail();
    const qsizetype speakers = in.count(8, FeedLimits::maxSessions);
    session.speakers.reserve(speakers);
    for (qsizetype i = 0; i < speakers && in.ok(); ++i) {
        Speaker speaker;
        speaker.id = in.text();
        speaker.name = in.text();
        session.speakers.append(std::move(speaker));
    }
    session.abstract = in.text();
    session.url = in.text();
    const qsizetype links = in.count(8, FeedLimits::maxSessions);
    session.links.reserve(links);
    for (qsizetype i = 0; i < links && in.ok(); ++i) {
        SessionLink link;
        link.title = in.text();
        link.url = in.url();
        session.links.append(std::move(link));
    }
    session.cancelled = in.flag();
    session.joinLink = in.url();
    session.chatLink = in.url();
    session.recordingLink = in.url();
    session.timeIsEstimated = in.flag();
    return session;
}

void putHeaderTag(QByteArray &bytes, const QByteArray &tag)
{
    const quint32 size = quint32(std::min<qsizetype>(tag.size(), maxTagBytes));
    bytes.append(reinterpret_cast<const char *>(&size), 4);
    bytes.append(tag.constData(), size);
}

} // namespace

CopyDigest::CopyDigest(qint64 totalSize)
    : m_state(0xcbf29ce484222325ULL ^ quint64(totalSize))
{
}

void CopyDigest::add(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    // Bytes left over from the last piece first: the words run on across pieces.
    while (m_pendingSize > 0 && m_pendingSize < 8 && left > 0) {
        m_pending[m_pendingSize++] = *p++;
        --left;
    }
    if (m_pendingSize == 8) {
        quint64 word;
        std::memcpy(&word, m_pending, 8);
        m_state = mixed(m_state, word);
        m_pendingSize = 0;
    }
    // In a local: through the member, every word was a load and a store (the bytes may alias it).
    quint64 state = m_state;
    for (; left >= 8; p += 8, left -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        state = mixed(state, word);
    }
    m_state = state;
    std::memcpy(m_pending + m_pendingSize, p, size_t(left));
    m_pendingSize += int(left);
}

quint64 CopyDigest::value() const
{
    quint64 tail = 0;
    if (m_pendingSize > 0)
        std::memcpy(&tail, m_pending, size_t(m_pendingSize));
    quint64 h = mixed(m_state, tail ^ (quint64(m_pendingSize) << 56));
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    return h;
}

QByteArray CopyDigest::hash() const
{
    return hexOf(value());
}

QByteArray hashOfCopy(QByteArrayView copy)
{
    return hexOf(digest(copy));
}

QByteArray write(const Conference &conference, const Source &source)
{
    Writer out;
    out.put(conference.title);
    out.put(conference.subtitle);
    out.put(conference.acronym);
    out.put(conference.description);
    out.put(conference.city);
    out.put(conference.url);
    out.put(conference.timeZone);
    out.put(quint8(conference.zoneSource));
    out.put(quint32(conference.days.size()));
    for (const QDate &day : conference.days)
        out.put(qint64(day.toJulianDay()));
    out.put(quint32(conference.sessions.size()));
    for (const Session &session : conference.sessions)
        writeSession(out, session);
    const QByteArray payload = out.payload();

    QByteArray bytes;
    bytes.reserve(payload.size() + 128);
    bytes.append(magic, sizeof magic);
    const auto append = [&bytes](auto value) { bytes.append(reinterpret_cast<const char *>(&value), sizeof value); };
    append(formatVersion);
    append(byteOrderMark);
    append(qint64(source.copySize));
    append(qint64(source.copyModifiedMs));
    putHeaderTag(bytes, source.copyHash);
    putHeaderTag(bytes, source.reader);
    append(quint64(payload.size()));
    append(digest(payload));
    bytes.append(payload);
    return bytes;
}

std::optional<Conference> readPayload(QByteArrayView payload)
{
    Cursor in(payload);
    if (!in.readTable())
        return std::nullopt;
    Conference conference;
    conference.title = in.text();
    conference.subtitle = in.text();
    conference.acronym = in.text();
    conference.description = in.text();
    conference.city = in.text();
    conference.url = in.url();
    conference.timeZone = in.zone();
    const quint8 zoneSource = in.get<quint8>();
    if (zoneSource > quint8(ZoneSource::AssumedUtc))
        return std::nullopt;
    conference.zoneSource = ZoneSource(zoneSource);
    const qsizetype days = in.count(8, FeedLimits::maxDays);
    conference.days.reserve(days);
    for (qsizetype i = 0; i < days && in.ok(); ++i) {
        const qint64 julianDay = in.get<qint64>();
        const QDate day = QDate::fromJulianDay(julianDay);
        if (julianDay != QDate().toJulianDay() && !day.isValid())
            in.fail();
        conference.days.append(day);
    }
    const qsizetype sessions = in.count(minSessionBytes, FeedLimits::maxSessions);
    conference.sessions.reserve(sessions);
    // What the readers promise, the snapshot keeps: every session has a key of its own.
    QSet<QString> keys;
    keys.reserve(sessions);
    for (qsizetype i = 0; i < sessions && in.ok(); ++i) {
        conference.sessions.append(readSession(in, days));
        const QString &key = conference.sessions.constLast().key;
        if (key.isEmpty() || keys.contains(key))
            return std::nullopt;
        keys.insert(key);
    }
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    return conference;
}

namespace {

std::optional<Conference> readChecked(QByteArrayView bytes, const Source *expected)
{
    Cursor in(bytes);
    const QByteArrayView head = in.bytes(sizeof magic);
    if (!in.ok() || std::memcmp(head.data(), magic, sizeof magic) != 0)
        return std::nullopt;
    if (in.get<quint32>() != formatVersion || in.get<quint32>() != byteOrderMark)
        return std::nullopt;
    Source found;
    found.copySize = in.get<qint64>();
    found.copyModifiedMs = in.get<qint64>();
    found.copyHash = in.bytes(in.count(1, maxTagBytes)).toByteArray();
    found.reader = in.bytes(in.count(1, maxTagBytes)).toByteArray();
    const quint64 size = in.get<quint64>();
    const quint64 checksum = in.get<quint64>();
    if (!in.ok() || (expected && !(found == *expected)) || size != quint64(in.left()))
        return std::nullopt;
    const QByteArrayView payload = in.bytes(qsizetype(size));
    if (!in.ok() || digest(payload) != checksum)
        return std::nullopt;
    return readPayload(payload);
}

} // namespace

std::optional<Conference> read(QByteArrayView bytes, const Source &expected)
{
    return readChecked(bytes, &expected);
}

std::optional<Conference> readIgnoringSource(QByteArrayView bytes)
{
    return readChecked(bytes, nullptr);
}

} // namespace Attend::ConferenceSnapshot
