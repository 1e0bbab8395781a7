#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QStandardPaths>
#include <QDebug>
#include <QLocalServer>
#include <QLocalSocket>

namespace Attend {

namespace {
constexpr char acknowledgement[] = "ok";
}

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    // One instance per schedule: the same user with another data folder (a test, a second
    // profile) is another Attend, and must not hand its arguments to this one.
    const QByteArray dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8();
    return QStringLiteral("attend-") + QString::fromLatin1(QCryptographicHash::hash(dataFolder, QCryptographicHash::Sha1).toHex().left(16));
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody there, or a stale socket from a crash
    QByteArray message;
    QDataStream packer(&message, QIODevice::WriteOnly);
    packer << arguments;
    QDataStream out(&socket);
    out << message;
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only an answer proves the running instance took them; otherwise this launch goes on itself.
    while (socket.bytesAvailable() < qint64(sizeof(acknowledgement) - 1)) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readAll().startsWith(acknowledgement);
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_key))
        return true;
    // Nobody answered handOver(), so a socket file still there is a crashed instance's: remove it.
    QLocalServer::removeServer(m_key);
    if (m_server->listen(m_key))
        return true;
    qWarning().noquote() << "attend: cannot listen for other launches:" << m_server->errorString();
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream stream(socket);
            stream.startTransaction();
            QByteArray message;
            stream >> message;
            if (!stream.commitTransaction())
                return; // not all there yet
            QStringList arguments;
            QDataStream unpacker(message);
            unpacker >> arguments;
            socket->write(acknowledgement, sizeof(acknowledgement) - 1);
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace Attend
