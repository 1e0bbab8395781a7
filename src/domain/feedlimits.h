#pragma once

#include <QtGlobal>

/**
 * How much of a feed Attend will read, in one place so the readers, the downloader and the command
 * line refuse at the same sizes. Each is far above what real agendas need (FOSDEM: 2.8 MB, ~1,000
 * sessions, abstracts of a few kB; thirty FOSDEMs in one file, ~83 MB and ~26,000 sessions, still
 * read) and low enough that a hostile feed cannot make reading take minutes or gigabytes.
 */
namespace Attend::FeedLimits {

/** Bytes of a feed read from a local file. */
constexpr qint64 maxLocalFileBytes = 100LL * 1024 * 1024;
/** Bytes of a downloaded feed's (decompressed) body. */
constexpr qint64 maxDownloadBytes = 50LL * 1024 * 1024;
/** Sessions in one feed: a feed with more is refused, not cut short. */
constexpr qsizetype maxSessions = 50000;
/** Days in one feed (ten years): each day is a choice in the agenda's day filter. */
constexpr qsizetype maxDays = 3660;
/**
 * Characters of text in one field (a title, an abstract, an id): a feed with a longer one is
 * refused, not truncated, so a kept copy never shows a session cut off at an arbitrary point.
 * The XML reader counts the field's decoded characters; the JSON reader counts the bytes of any
 * string as written, before parsing (escapes included), which is never fewer.
 */
constexpr qsizetype maxFieldChars = 1024 * 1024;
/**
 * Bytes of XML text, CDATA, comment or attribute in one piece: QXmlStreamReader holds each piece
 * whole (as UTF-16, twice its size) even in elements it skips. Room for any field within
 * maxFieldChars, however it is written.
 */
constexpr qsizetype maxXmlPieceBytes = 16 * 1024 * 1024;
/** Elements (XML) or arrays and objects (JSON) inside one another; real feeds nest fewer than 10. */
constexpr int maxNestingDepth = 64;

} // namespace Attend::FeedLimits
