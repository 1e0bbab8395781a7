#pragma once

#include "conference.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Attend {

/**
 * A conference as read from a feed, in a binary form that loads in a few milliseconds: kept beside
 * a feed's copy so that a start need not parse the copy again. Only a cache: whatever it holds can
 * be rebuilt from the copy, so anything doubtful (another format version, another reader, another
 * copy, a truncated or corrupt file) is refused and the copy is parsed instead.
 *
 * Every field of Conference, Session, Speaker and SessionLink is written and read here, in
 * conferencesnapshot.cpp, and nowhere else. Adding a field to one of them: write and read it
 * there, compare it in
 * conferenceequality.h, raise formatVersion, and set it in tst_conferencesnapshot's fully set session.
 */
namespace ConferenceSnapshot {

/** The layout of the bytes: raised whenever the layout or a carried type changes. */
constexpr quint32 formatVersion = 2;

/** What a snapshot stands for: the copy it was made from and the reader that made it. */
struct Source {
    qint64 copySize = -1;
    qint64 copyModifiedMs = 0;  // the copy's mtime, ms since the epoch
    QByteArray copyHash;        // hashOfCopy(the copy's bytes)
    QByteArray reader;          // which reader made it (its version): another reader's output is not reused

    friend bool operator==(const Source &a, const Source &b)
    {
        return a.copySize == b.copySize && a.copyModifiedMs == b.copyModifiedMs && a.copyHash == b.copyHash && a.reader == b.reader;
    }
};

/** A short digest of a copy's bytes (a few ms for FOSDEM's 2.8 MB): the snapshot's claim to be that copy's. */
QByteArray hashOfCopy(QByteArrayView copy);

/**
 * hashOfCopy in pieces, for a copy read from its file a little at a time: a start from the
 * snapshot needs only the copy's digest, and never holds the whole copy (2.8 MB for FOSDEM).
 */
class CopyDigest
{
public:
    explicit CopyDigest(qint64 totalSize);
    void add(QByteArrayView bytes);
    quint64 value() const;
    QByteArray hash() const; // as hashOfCopy writes it

private:
    quint64 m_state;
    char m_pending[8] = {};
    int m_pendingSize = 0;
};

/** The snapshot's bytes: a header (magic, version, source, payload size and checksum), then the conference. */
QByteArray write(const Conference &conference, const Source &source);

/**
 * The conference written by write(), or std::nullopt when bytes are not a snapshot of this
 * version, stand for another source, or are cut short or damaged anywhere. Never trusts a count
 * or an index in the bytes: any input is refused or read within its own size.
 */
std::optional<Conference> read(QByteArrayView bytes, const Source &expected);

/** read() without the source check (for tests): any source, still checked for version and damage. */
std::optional<Conference> readIgnoringSource(QByteArrayView bytes);

/** The payload alone, past the header and its checksum (for the fuzz target, which cannot forge a checksum). */
std::optional<Conference> readPayload(QByteArrayView payload);

} // namespace ConferenceSnapshot

} // namespace Attend
