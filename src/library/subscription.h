#pragma once

#include "network/fetchtypes.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Attend {

/** A conference the person follows: where its feed lives and what it was when last read. */
// Members default to {} so that Subscription{QString(), url} may name only what it knows (-Wextra).
struct Subscription {
    QString id;             // from the URL (subscriptionIdFor): names its cache folder and keychain entry
    QUrl url;               // http(s):// or file://; empty for the built-in agenda
    QString title{};        // the conference's title as last read, for the switcher
    QString conferenceId{}; // conferenceIdFor() as last read: where its bookmarks are filed
    FeedCredentials::Kind auth = FeedCredentials::Kind::None;
    QString user{};    // HTTP Basic only; the secret is in the keychain
    QDateTime added{}; // UTC

    bool isBuiltIn() const { return id == builtInId(); }
    bool isRemote() const { return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"); }
    static QString builtInId() { return QStringLiteral("builtin"); }
};

/** The same feed always gets the same id: a short hash of its URL without a fragment. */
QString subscriptionIdFor(const QUrl &url);

/** What the person typed, as a feed URL: "https://…", "http://…", "file://…" or an absolute path. */
QUrl feedUrlFromUserInput(const QString &text);

} // namespace Attend
