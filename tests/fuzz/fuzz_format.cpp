// What a download or a file goes through: format detection from the content, then the reader it
// picks (FeedReader::readData), with the cancellation marks on top. The seeds mix every format,
// so mutations cross from one reader's input to another's.
#include "fuzzsupport.h"

#include "feed/feedformat.h"
#include "feed/feedreader.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = AttendFuzz::bytes(data, size);
    const Attend::FeedFormat format = Attend::detectFeedFormat(bytes);
    const Attend::ParseResult result = Attend::FeedReader::readData(bytes, QStringLiteral("fuzz-feed"));
    AttendFuzz::checkResult(result);
    // Only a recognised format is read: anything else is refused, never guessed at.
    if (format == Attend::FeedFormat::Unknown && result.ok)
        AttendFuzz::fail("read as a feed although no format was recognised");
    return 0;
}
