#include "networkaccess.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace Attend {

QNetworkAccessManager *createNetworkAccessManager(QObject *parent, const QString &hstsStoreDirectory)
{
    auto *network = new QNetworkAccessManager(parent);
    network->setStrictTransportSecurityEnabled(true);
    if (!hstsStoreDirectory.isEmpty())
        network->enableStrictTransportSecurityStore(true, hstsStoreDirectory);
    return network;
}

QString defaultHstsStoreDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/hsts");
}

} // namespace Attend
