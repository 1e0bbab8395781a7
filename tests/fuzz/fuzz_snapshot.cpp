// The binary snapshot kept beside a feed's copy (feed.snapshot), as FeedCache::readConference reads
// it at every start. Inputs are whole snapshot files (the seeds are real ones); since a mutation
// rarely keeps the checksum right, the payload past the header is also read on its own, so the
// fuzzer reaches the reader of counts, strings and indexes.
#include "fuzzsupport.h"

#include "domain/conferencesnapshot.h"

#include <cstring>

namespace {

/** The payload of a snapshot file: past magic, version, byte order, size, mtime, two tags, length, checksum. */
QByteArrayView payloadOf(QByteArrayView bytes)
{
    qsizetype at = 8 + 4 + 4 + 8 + 8;
    for (int tag = 0; tag < 2; ++tag) {
        quint32 length = 0;
        if (bytes.size() < at + 4)
            return {};
        std::memcpy(&length, bytes.data() + at, 4);
        at += 4 + qsizetype(length);
    }
    at += 8 + 8;
    return at <= bytes.size() ? bytes.sliced(at) : QByteArrayView();
}

void check(const std::optional<Attend::Conference> &conference)
{
    if (!conference)
        return;
    AttendFuzz::checkResult(Attend::ParseResult::success(*conference));
    // What was read can be written and read again, whole.
    const std::optional<Attend::Conference> again =
        Attend::ConferenceSnapshot::readIgnoringSource(Attend::ConferenceSnapshot::write(*conference, {}));
    if (!again || again->sessions.size() != conference->sessions.size())
        AttendFuzz::fail("a snapshot read does not survive being written again");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = AttendFuzz::bytes(data, size);
    check(Attend::ConferenceSnapshot::readIgnoringSource(bytes));
    check(Attend::ConferenceSnapshot::readPayload(payloadOf(bytes)));
    return 0;
}
