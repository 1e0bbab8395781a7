#pragma once

#include <QString>

class QNetworkAccessManager;
class QObject;

namespace Attend {

/**
 * The one QNetworkAccessManager a run of Attend uses, for every feed it checks or follows:
 * HTTP Strict Transport Security on, so a host that once said "HTTPS only" is never asked over
 * plain HTTP again; remembered across runs in hstsStoreDirectory when one is given.
 * Redirects stay manual: FeedFetcher follows them itself, refusing a downgrade.
 */
QNetworkAccessManager *createNetworkAccessManager(QObject *parent, const QString &hstsStoreDirectory = QString());

/** Where Attend keeps what hosts said about HTTPS: a folder in its cache location. */
QString defaultHstsStoreDirectory();

} // namespace Attend
