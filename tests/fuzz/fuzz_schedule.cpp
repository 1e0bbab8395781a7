// The person's own schedule file (schedule.json) as ScheduleStore reads it: ScheduleData::fromJson.
// Whatever it accepts must survive being written and read again: the store saves what it loaded,
// and a schedule that no longer reads after a save would be moved aside, bookmarks and all.
#include "fuzzsupport.h"

#include "schedule/scheduledata.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Attend::ScheduleData::ReadError error;
    const auto schedule = Attend::ScheduleData::fromJson(AttendFuzz::bytes(data, size), &error);
    if (!schedule) {
        if (error.message.isEmpty())
            AttendFuzz::fail("a schedule refused without a message");
        return 0;
    }
    Attend::ScheduleData::ReadError againError;
    const auto again = Attend::ScheduleData::fromJson(schedule->toJson(), &againError);
    if (!again)
        AttendFuzz::fail("a schedule that was read does not read back after it is written");
    if (again->bookmarks.size() != schedule->bookmarks.size())
        AttendFuzz::fail("bookmarks lost in a write and read back");
    return 0;
}
