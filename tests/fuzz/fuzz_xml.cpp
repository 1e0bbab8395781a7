// Pentabarf / frab schedule XML (FOSDEM, CCC, pretalx, wafer): PentabarfXmlParser.
#include "fuzzsupport.h"

#include "feed/pentabarfxmlparser.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AttendFuzz::checkResult(Attend::PentabarfXmlParser::parse(AttendFuzz::bytes(data, size), QStringLiteral("fuzz.xml")));
    return 0;
}
