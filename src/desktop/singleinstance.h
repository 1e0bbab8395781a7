#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Attend {

/**
 * One Attend per user (and schedule): a second launch hands its arguments (say --feed URL) to the running one
 * over a local socket and exits. A socket left behind by a crash is noticed (nobody answers on
 * it) and replaced, so it never blocks start-up.
 *
 * The socket lives in a folder only this user can enter (never /tmp, never the abstract
 * namespace, where another user could take the name first), and both ends check that the other
 * runs as the same user. A message is one small frame (handovermessage.h); anything else is
 * dropped with a warning.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /** socketPath is absolute; by default in the runtime folder, else the data folder (defaultSocketPath()). */
    explicit SingleInstance(const QString &socketPath = defaultSocketPath(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * One socket per data folder (a test, a second profile is another Attend), in $XDG_RUNTIME_DIR
     * when that is a private folder of this user, else in the data folder (made private). Empty
     * when neither can be had: Attend then runs without hand-over.
     */
    static QString defaultSocketPath();
    /** The folder defaultSocketPath() picks: runtimeFolder when isPrivateFolder() says so, else dataFolder. */
    static QString socketFolder(const QString &runtimeFolder, const QString &dataFolder);
    /** A real folder (not a link) owned by this user, with no access for group or others. */
    static bool isPrivateFolder(const QString &path);
    /** The peer of a connected local socket runs as userId (SO_PEERCRED); false when it cannot be told. */
    static bool peerRunsAs(qintptr socketDescriptor, uint userId);
    /** This process's effective user id. */
    static uint currentUserId();

    QString socketPath() const { return m_socketPath; }

    /** True when a running instance took the arguments: the caller should then exit. */
    bool handOver(const QStringList &arguments, int timeoutMs = 2000);
    /** Becomes the running instance. False (with a warning) when the socket cannot be created. */
    bool listen();

Q_SIGNALS:
    /** Another launch's arguments (argv[0] included). */
    void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_socketPath;
    QLocalServer *m_server = nullptr;
};

} // namespace Attend
