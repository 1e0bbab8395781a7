// What Attend keeps beside a feed's copy (feed.json): CachedFeedInfo::fromJson, as FeedCache::info
// reads it at every start and before every refresh.
#include "fuzzsupport.h"

#include "library/feedcache.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    AttendFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Attend::CachedFeedInfo::fromJson(AttendFuzz::bytes(data, size));
    return 0;
}
