#pragma once

#include "domain/feedlimits.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Attend {

/**
 * The longest a server's header may make Attend wait (Cache-Control max-age, Retry-After): one
 * year. Larger numbers are clamped to it, so no time computed from them can overflow.
 */
constexpr qint64 maxServerDelaySeconds = 365LL * 24 * 60 * 60;

/** What makes a GET conditional: the validators the server sent with the copy we keep. */
struct HttpValidators {
    QString etag;          // sent back as If-None-Match
    QString lastModified;  // sent back as If-Modified-Since, verbatim
    bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
};

/** How a members-only feed proves who asks. The secret lives in the keychain, never in a file. */
struct FeedCredentials {
    enum class Kind { None, Basic, Bearer };
    Kind kind = Kind::None;
    QString user;    // Basic only
    QString secret;  // the password (Basic) or the token (Bearer)
    bool isEmpty() const { return kind == Kind::None || secret.isEmpty(); }
};

struct FetchRequest {
    QUrl url;
    HttpValidators validators;   // from the last good copy: makes the GET conditional
    FeedCredentials credentials; // sent only to the url's own scheme, host and port
    std::chrono::milliseconds timeout{30000}; // for the whole exchange, redirects included
    qint64 maxBytes = FeedLimits::maxDownloadBytes; // of the (decompressed) body
    int maxRedirects = 5;
};

struct FetchResult {
    enum class Outcome { Downloaded, NotModified, Failed };
    enum class Problem {
        None,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        Http,               // any other HTTP status >= 400 (httpStatus says which)
        NeedsCredentials,   // 401 (or 403) and we sent none
        CredentialsRefused, // 401 or 403 although we sent credentials
        TooLarge,
        TooManyRedirects,
        InsecureRedirect,   // https -> http
        Tls,
        Truncated,
        Network,            // anything else the network layer reports
    };

    Outcome outcome = Outcome::Failed;
    Problem problem = Problem::None;
    QByteArray body;                     // Downloaded only, decompressed
    HttpValidators validators;           // as the server sent them (Downloaded, NotModified)
    std::optional<qint64> maxAgeSeconds; // Cache-Control: max-age
    QDateTime retryAfter;                // UTC; set when the server said Retry-After
    QUrl finalUrl;                       // after redirects
    int httpStatus = 0;
    QString message;                     // for the person, plain words: "host not found: example.org"

    bool ok() const { return outcome != Outcome::Failed; }
    /** The network failed, not the server or the feed: the person is offline, as far as we know. */
    static bool isOffline(Problem problem)
    {
        return problem == Problem::HostNotFound || problem == Problem::ConnectionRefused || problem == Problem::Timeout
            || problem == Problem::Network;
    }
};

} // namespace Attend

Q_DECLARE_METATYPE(Attend::FetchResult)
