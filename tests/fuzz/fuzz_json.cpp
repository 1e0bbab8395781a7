// frab schedule JSON (frab, pretalx, the c3voc merges): FrabJsonParser.
#include "fuzzsupport.h"

#include "feed/frabjsonparser.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AttendFuzz::checkResult(Attend::FrabJsonParser::parse(AttendFuzz::bytes(data, size), QStringLiteral("fuzz.json")));
    return 0;
}
