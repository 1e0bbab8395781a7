#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Attend {

/**
 * One Attend per user (and schedule): a second launch hands its arguments (say --feed URL) to the running one
 * over a local socket and exits. A socket left behind by a crash is noticed (nobody answers on
 * it) and replaced, so it never blocks start-up.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /** `key` names the socket; by default one per user and data folder. */
    explicit SingleInstance(const QString &key = defaultKey(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultKey();

    /** True when a running instance took the arguments: the caller should then exit. */
    bool handOver(const QStringList &arguments, int timeoutMs = 2000);
    /** Becomes the running instance. False (with a warning) when the socket cannot be created. */
    bool listen();

Q_SIGNALS:
    /** Another launch's arguments (argv[0] included). */
    void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();

    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace Attend
