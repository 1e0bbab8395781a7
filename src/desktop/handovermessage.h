#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Attend {

/*
 * What a second launch sends the running Attend: its arguments, in one frame.
 *
 *   frame = length:u32 body            length = the body's size in bytes, at most maxHandOverBodyBytes
 *   body  = count:u16 (size:u32 utf8)*  count  = at most maxHandOverArguments strings
 *
 * Numbers are big-endian. Any peer of the same user can write to the socket, so the decoder takes
 * nothing on trust: every size is checked against what is there before it is used, and an
 * announced length over the limit is refused from the first four bytes, before the rest is read.
 */

constexpr qsizetype handOverHeaderBytes = 4;
/** A launch's arguments are a handful of short strings (--feed URL): 64 KiB is plenty. */
constexpr qsizetype maxHandOverBodyBytes = 64 * 1024;
constexpr qsizetype maxHandOverArguments = 256;

/** The frame for these arguments; empty when they do not fit the limits. */
QByteArray encodeHandOverMessage(const QStringList &arguments);

/** The arguments in a whole frame; std::nullopt when it is malformed, too large or has bytes left over. */
std::optional<QStringList> decodeHandOverMessage(const QByteArray &frame);

/**
 * The size of the whole frame (header included) that begins with header, once its first
 * handOverHeaderBytes are there; std::nullopt when it announces more than the limit.
 */
std::optional<qsizetype> handOverFrameSize(const QByteArray &header);

} // namespace Attend
