#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Attend {

/**
 * The HTTP response headers that say when to come back, read without a network or a clock:
 * whatever time "now" is comes in as a parameter, so tests can pin it.
 */
namespace HttpHeaders {

/** RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must accept; UTC, or invalid. */
QDateTime parseHttpDate(const QByteArray &value);

/**
 * A header's count of seconds (delta-seconds, RFC 9111 §1.2.2): digits only, clamped to
 * maxServerDelaySeconds however many there are; std::nullopt when it is not a number.
 */
std::optional<qint64> parseDelaySeconds(const QByteArray &digits);

/**
 * Retry-After (RFC 9110 §10.2.3): a number of seconds after now, or an HTTP-date; never more than
 * maxServerDelaySeconds after now. Invalid when the header is absent or unreadable.
 */
QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now);

/** max-age from Cache-Control (RFC 9111 §5.2.2.1); no-cache and no-store mean "check again every time", so 0. */
std::optional<qint64> parseMaxAge(const QByteArray &cacheControl);

} // namespace HttpHeaders

} // namespace Attend
