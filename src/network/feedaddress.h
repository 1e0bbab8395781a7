#pragma once

#include <QString>
#include <QUrl>

namespace Attend {

/** A feed address as typed, split: the address without user name and password, and those two. */
struct FeedAddress {
    QUrl url;         // without user info: what is stored, shown, logged and hashed into ids
    QString user;     // decoded; empty when the address named none
    QString password; // decoded; goes to the keychain, never to a file or a message

    bool hasCredentials() const { return !user.isEmpty() || !password.isEmpty(); }
};

/** Takes `user:password@` out of url. */
FeedAddress splitFeedAddress(const QUrl &url);

/**
 * The address as any message, log line or label may show it: never with a user name or
 * password. Every text that names a feed's address goes through here.
 */
QString redactedAddress(const QUrl &url);

} // namespace Attend
