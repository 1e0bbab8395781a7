#include "singleinstance.h"

#include "domain/privatefiles.h"
#include "handovermessage.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace Attend {

namespace {

constexpr char acknowledgement[] = "ok";
constexpr qsizetype acknowledgementBytes = sizeof(acknowledgement) - 1;
/** A peer that connects and says nothing (or too little) holds a descriptor: not for long. */
constexpr int messageTimeoutMs = 5000;

/** The socket's name in its folder: the same data folder, the same Attend. */
QString socketName(const QString &dataFolder)
{
    const QByteArray hash = QCryptographicHash::hash(dataFolder.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("attend-") + QString::fromLatin1(hash) + QStringLiteral(".socket");
}

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
{
}

SingleInstance::~SingleInstance() = default;

uint SingleInstance::currentUserId()
{
#ifdef Q_OS_UNIX
    return uint(::geteuid());
#else
    return 0;
#endif
}

bool SingleInstance::isPrivateFolder(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isDir())
        return false;
#ifdef Q_OS_UNIX
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return info.ownerId() == currentUserId() && !(info.permissions() & others);
#else
    return true;
#endif
}

QString SingleInstance::socketFolder(const QString &runtimeFolder, const QString &dataFolder)
{
    return isPrivateFolder(runtimeFolder) ? runtimeFolder : dataFolder;
}

QString SingleInstance::defaultSocketPath()
{
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // $XDG_RUNTIME_DIR itself, not QStandardPaths::RuntimeLocation: without it Qt falls back to a
    // folder in /tmp, whose name another user can take first.
    QString folder = socketFolder(qEnvironmentVariable("XDG_RUNTIME_DIR"), dataFolder);
    if (folder == dataFolder) {
        QString error;
        if (!makePrivateFolder(dataFolder, &error)) {
            qWarning().noquote() << "attend: no private folder for the single-instance socket:" << error;
            return {};
        }
    }
    return QDir(folder).absoluteFilePath(socketName(dataFolder));
}

bool SingleInstance::peerRunsAs(qintptr socketDescriptor, uint userId)
{
#if defined(Q_OS_LINUX)
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0 || length != sizeof(credentials))
        return false;
    return uint(credentials.uid) == userId;
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(int(socketDescriptor), &uid, &gid) == 0 && uint(uid) == userId;
#else
    // Windows: QLocalServer::UserAccessOption already limits the pipe to this user.
    Q_UNUSED(socketDescriptor)
    Q_UNUSED(userId)
    return true;
#endif
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    if (m_socketPath.isEmpty() || !QDir::isAbsolutePath(m_socketPath))
        return false;
    const QByteArray frame = encodeHandOverMessage(arguments);
    if (frame.isEmpty()) {
        qWarning().noquote() << "attend: the arguments are too long to hand over; starting on its own";
        return false;
    }
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody there, or a stale socket from a crash
    if (!peerRunsAs(socket.socketDescriptor(), currentUserId())) {
        // Not our Attend: it must not get our arguments (a feed's address may carry a secret).
        qWarning().noquote() << "attend: the single-instance socket" << m_socketPath << "belongs to another user; starting on its own";
        return false;
    }
    socket.write(frame);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs))
            return false;
    }
    // Only an answer proves the running instance took them; otherwise this launch goes on itself.
    while (socket.bytesAvailable() < acknowledgementBytes) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.read(acknowledgementBytes) == QByteArray(acknowledgement, acknowledgementBytes);
}

bool SingleInstance::listen()
{
    if (m_socketPath.isEmpty() || !QDir::isAbsolutePath(m_socketPath)) {
        qWarning().noquote() << "attend: cannot listen for other launches: no private place for the socket";
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    bool listening = m_server->listen(m_socketPath);
    if (!listening) {
        // Nobody answered handOver(), so a socket file still there is a crashed instance's: remove it.
        // The folder is private, so nobody else can have put it there.
        QLocalServer::removeServer(m_socketPath);
        listening = m_server->listen(m_socketPath);
    }
    if (!listening) {
        qWarning().noquote() << "attend: cannot listen for other launches:" << m_server->errorString();
        return false;
    }
    // Qt makes it 0700; a socket needs no execute bit.
    QFile::setPermissions(m_server->fullServerName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!peerRunsAs(socket->socketDescriptor(), currentUserId())) {
            qWarning().noquote() << "attend: refused a hand-over from another user";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Never more than one frame in memory, whatever the peer sends.
        socket->setReadBufferSize(handOverHeaderBytes + maxHandOverBodyBytes);
        QTimer::singleShot(messageTimeoutMs, socket, [socket] {
            qWarning().noquote() << "attend: dropped a hand-over that did not arrive in time";
            socket->abort();
        });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < handOverHeaderBytes)
        return; // not all there yet
    const std::optional<qsizetype> frameSize = handOverFrameSize(socket->peek(handOverHeaderBytes));
    if (!frameSize) {
        // Refused from its first bytes: the body it announces is never read, let alone kept.
        qWarning().noquote() << "attend: dropped a hand-over message that is too large";
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < *frameSize)
        return;
    const QByteArray frame = socket->read(*frameSize);
    const std::optional<QStringList> arguments = decodeHandOverMessage(frame);
    if (!arguments || socket->bytesAvailable() > 0) {
        qWarning().noquote() << "attend: dropped a malformed hand-over message";
        socket->abort();
        return;
    }
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    socket->write(acknowledgement, acknowledgementBytes);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT argumentsReceived(*arguments);
}

} // namespace Attend
