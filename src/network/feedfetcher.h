#pragma once

#include "domain/feedlimits.h"
#include "fetchtypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Attend {

/**
 * Fetches one remote feed over HTTP(S): conditional GET, a deadline for the whole exchange, a size
 * cap, redirects followed by hand (never https to http, credentials only to the feed's own origin),
 * and every failure told in plain words. file:// and other schemes are the caller's job.
 */
class FeedFetcher : public QObject
{
    Q_OBJECT

public:
    explicit FeedFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FeedFetcher() override;

    /** Starts a fetch; a running one is aborted first, without finished() for it. */
    void fetch(const FetchRequest &request);
    /** Stops the running fetch, if any, without finished(). */
    void abort();
    bool isRunning() const;

    /** Runs a fetch to its end in a local event loop (for the command line). */
    static FetchResult fetchAndWait(QNetworkAccessManager *network, const FetchRequest &request);

    /**
     * A feed that is a local file, read as a download would arrive: Downloaded with its bytes, or
     * Failed (cannot open it or not a regular file: Network; over the cap: TooLarge) with the
     * reason in plain words. Local files may be larger than downloads (FeedLimits).
     */
    static FetchResult readLocalFile(const QString &path, qint64 maxBytes = FeedLimits::maxLocalFileBytes);

    /** "Attend/0.1.0 (+https://github.com/attend)". */
    static QByteArray userAgent();

Q_SIGNALS:
    /** Bytes of the feed's body so far; total is -1 when unknown. Not emitted for redirects. */
    void progress(qint64 received, qint64 total);
    void finished(const Attend::FetchResult &result);

private:
    void startRequest(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void onReplyFinished();
    void onDeadline();
    /** Decides from the status line and headers alone (body, if any, already in m_body). */
    void conclude(QNetworkReply *reply, bool bodyComplete);
    void followRedirect(QNetworkReply *reply, int status);
    void fail(FetchResult::Problem problem, const QString &message);
    void finish(FetchResult result);
    void dropReply();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_failSoon; // delivers a failure found in fetch() itself once control is back in the loop
    FetchRequest m_request;
    FetchResult m_pending;
    QUrl m_currentUrl;
    QByteArray m_body;
    qint64 m_discarded = 0; // body bytes of a redirect or an error page, read and thrown away
    int m_redirects = 0;
    bool m_sentCredentials = false;
    bool m_running = false;
    QString m_tlsError;
};

} // namespace Attend
