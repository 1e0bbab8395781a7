#include "feedprobe.h"

#include "feed/feedlinks.h"

#include "feed/feedreader.h"
#include "network/feedaddress.h"
#include "network/feedfetcher.h"

#include <QTimer>

namespace Attend {

FeedProbe::FeedProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_fetcher(new FeedFetcher(network, this))
{
    connect(m_fetcher, &FeedFetcher::progress, this, &FeedProbe::progress);
    connect(m_fetcher, &FeedFetcher::finished, this, &FeedProbe::finishWith);
}

void FeedProbe::probe(const QUrl &url, const FeedCredentials &credentials)
{
    abort();
    m_url = url;
    m_busy = true;
    if (url.isLocalFile()) {
        const FetchResult result = FeedFetcher::readLocalFile(url.toLocalFile());
        // Always asynchronous, like a download: callers connect after calling.
        QTimer::singleShot(0, this, [this, result] { finishWith(result); });
        return;
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        FetchResult result;
        result.problem = FetchResult::Problem::Network;
        result.message = tr("not a web address (http:// or https://) or a file");
        QTimer::singleShot(0, this, [this, result] { finishWith(result); });
        return;
    }
    FetchRequest request;
    request.url = url;
    request.credentials = credentials;
    m_fetcher->fetch(request);
}

FeedProbeResult FeedProbe::readFile(const QUrl &fileUrl)
{
    const QString path = fileUrl.toLocalFile();
    const FetchResult read = FeedFetcher::readLocalFile(path);
    ParseResult parsed = read.ok() ? FeedReader::readData(read.body, path) : ParseResult::failure({path, 0, 0, read.message});
    FeedProbeResult result;
    result.url = fileUrl;
    if (!parsed.ok) {
        result.problem = read.problem;
        result.error = parsed.error.toString();
        return result;
    }
    result.ok = true;
    result.body = read.body;
    result.conference = std::move(parsed.conference);
    return result;
}

void FeedProbe::abort()
{
    m_fetcher->abort();
    m_busy = false;
}

void FeedProbe::finishWith(const FetchResult &fetch)
{
    if (!m_busy)
        return;
    m_busy = false;
    FeedProbeResult result;
    result.url = m_url;
    result.fetch = fetch;
    if (fetch.outcome != FetchResult::Outcome::Downloaded) {
        result.problem = fetch.problem;
        result.error = fetch.message;
        Q_EMIT finished(result);
        return;
    }
    ParseResult parsed = FeedReader::readData(fetch.body, redactedAddress(m_url));
    if (!parsed.ok && looksLikeWebPage(fetch.body)) {
        // A parser's complaint about HTML ("Expected DOCTYPE") helps nobody: say what it is, and
        // offer the feeds the page links to, as conference sites do.
        result.webPage = true;
        result.feedLinks = scheduleLinksInPage(fetch.body, fetch.finalUrl.isValid() ? fetch.finalUrl : m_url);
        result.error = result.feedLinks.isEmpty()
                           ? tr("This is a web page, not a schedule feed, and it links to no feed Attend recognises. Look on the conference's site for a link to its schedule as XML, JSON or iCalendar (.ics).")
                           : tr("This is a web page, not a schedule feed. It links to %n feed(s): pick one below.", nullptr, int(result.feedLinks.size()));
        Q_EMIT finished(result);
        return;
    }
    if (!parsed.ok) {
        result.error = parsed.error.toString();
        Q_EMIT finished(result);
        return;
    }
    result.ok = true;
    result.conference = std::move(parsed.conference);
    result.body = fetch.body;
    result.fetch.body.clear(); // one copy of the bytes is enough
    Q_EMIT finished(result);
}

} // namespace Attend
