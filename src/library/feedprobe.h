#pragma once

#include "domain/conference.h"
#include "network/fetchtypes.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Attend {

class FeedFetcher;

/** What looking at a feed URL found: its conference, parsed, and the bytes to keep; or why not. */
struct FeedProbeResult {
    QUrl url;
    bool ok = false;
    Conference conference;
    QByteArray body;
    FetchResult fetch;      // validators and max-age for the copy, when it came over HTTP
    FetchResult::Problem problem = FetchResult::Problem::None;
    QString error;          // plain words
    bool webPage = false;   // the address is a web page, not a feed
    QList<QUrl> feedLinks;  // the schedule feeds that page links to (see scheduleLinksInPage)
};

/**
 * Downloads (or reads) a feed once and parses it, without keeping anything: what the "Add a
 * conference" dialog shows before the person confirms, and what `--feed URL` adds on success.
 */
class FeedProbe : public QObject
{
    Q_OBJECT

public:
    explicit FeedProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    void probe(const QUrl &url, const FeedCredentials &credentials);
    /** Reads and parses a feed file at once (`--feed FILE` opens the window on it); error names the file. */
    static FeedProbeResult readFile(const QUrl &fileUrl);
    void abort();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const Attend::FeedProbeResult &result);

private:
    void finishWith(const FetchResult &fetch);

    FeedFetcher *m_fetcher;
    QUrl m_url;
    bool m_busy = false;
};

} // namespace Attend
