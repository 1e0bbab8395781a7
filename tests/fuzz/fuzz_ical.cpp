// iCalendar (RFC 5545) agendas: ICalendarParser, which hands the text to libical first.
#include "fuzzsupport.h"

#include "feed/icalendarparser.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AttendFuzz::checkResult(Attend::ICalendarParser::parse(AttendFuzz::bytes(data, size), QStringLiteral("fuzz.ics")));
    return 0;
}
