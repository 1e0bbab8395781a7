// What a second launch (any process of the same user) writes to the single-instance socket:
// handovermessage.h. The decoder must refuse what it cannot trust, never read past the frame, and
// agree with the encoder and with the size the server reads from the header.
#include "fuzzsupport.h"

#include "desktop/handovermessage.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame = AttendFuzz::bytes(data, size);
    const std::optional<qsizetype> announced =
        frame.size() >= Attend::handOverHeaderBytes ? Attend::handOverFrameSize(frame.first(Attend::handOverHeaderBytes)) : std::nullopt;
    const std::optional<QStringList> arguments = Attend::decodeHandOverMessage(frame);
    if (!arguments)
        return 0;
    // The server reads exactly the announced frame before decoding: a frame that decodes must
    // announce its own size, or the server would cut it or wait for more.
    if (!announced || *announced != frame.size())
        AttendFuzz::fail("a frame decodes although its header announces another size");
    const QByteArray again = Attend::encodeHandOverMessage(*arguments);
    if (again.isEmpty() || Attend::decodeHandOverMessage(again) != arguments)
        AttendFuzz::fail("decoded arguments do not survive being encoded again");
    return 0;
}
