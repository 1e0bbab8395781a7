#pragma once

#include "domain/conference.h"
#include "feederror.h"

namespace Attend {

/** What a parser returns: a conference, or the reason there is none. */
struct ParseResult {
    bool ok = false;
    Conference conference;
    FeedError error;

    static ParseResult success(Conference conference) { return {true, std::move(conference), {}}; }
    static ParseResult failure(FeedError error) { return {false, {}, std::move(error)}; }
};

} // namespace Attend
