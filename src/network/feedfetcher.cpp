#include "feedfetcher.h"

#include "domain/cappedfile.h"
#include "feedaddress.h"
#include "httpheaders.h"

#include <QFile>

#include <algorithm>

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace Attend {

namespace {

using Problem = FetchResult::Problem;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

/**
 * How much of the body QNAM may hold before we read it. Unset, its HTTP thread reads the socket as
 * fast as the network allows and queues everything for us: an endless body took up to 1 GB
 * before the cap was even checked. Set, it waits until we have read.
 */
constexpr qint64 replyBufferBytes = 1024 * 1024;

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString schemeA = a.scheme().toLower();
    const QString schemeB = b.scheme().toLower();
    return schemeA == schemeB && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(schemeA)) == b.port(defaultPort(schemeB));
}

QString seconds(std::chrono::milliseconds duration)
{
    return QLocale().toString(double(duration.count()) / 1000.0);
}

} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &FeedFetcher::onDeadline);
    m_failSoon.setSingleShot(true);
    m_failSoon.setInterval(0);
    connect(&m_failSoon, &QTimer::timeout, this, [this] { finish(m_pending); });
}

FeedFetcher::~FeedFetcher()
{
    dropReply();
}

QByteArray FeedFetcher::userAgent()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(ATTEND_VERSION);
    return "Attend/" + version.toLatin1() + " (+https://github.com/attend)";
}

void FeedFetcher::fetch(const FetchRequest &request)
{
    abort();
    m_request = request;
    // QNAM answers 401 challenges on its own with a user name and password found in the url, and
    // keeps them in its cache: credentials come only from request.credentials, as a header we set.
    m_request.url.setUserInfo(QString());
    m_redirects = 0;
    m_running = true;
    // One deadline for the whole exchange, redirects included: QNAM's transfer timeout restarts
    // with every byte, so a server that drips would never end.
    m_deadline.start(m_request.timeout);
    startRequest(m_request.url);
}

void FeedFetcher::abort()
{
    dropReply();
    m_deadline.stop();
    m_failSoon.stop();
    m_running = false;
}

bool FeedFetcher::isRunning() const
{
    return m_running;
}

FetchResult FeedFetcher::fetchAndWait(QNetworkAccessManager *network, const FetchRequest &request)
{
    FeedFetcher fetcher(network);
    FetchResult result;
    bool done = false;
    QEventLoop loop;
    connect(&fetcher, &FeedFetcher::finished, &loop, [&](const FetchResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    fetcher.fetch(request);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

void FeedFetcher::startRequest(const QUrl &url)
{
    m_currentUrl = url;
    m_currentUrl.setFragment(QString());
    m_body.clear();
    m_discarded = 0;
    m_tlsError.clear();
    m_sentCredentials = false;

    const QString scheme = url.scheme().toLower();
    if (!m_network || !url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Reported from the event loop, so that fetch() never emits finished() before it returns.
        m_pending = FetchResult();
        m_pending.problem = Problem::Network;
        m_pending.finalUrl = m_currentUrl;
        m_pending.message = tr("not a web address: %1").arg(redactedAddress(url));
        m_deadline.stop();
        m_failSoon.start();
        return;
    }

    QNetworkRequest request(m_currentUrl);
    // Redirects by hand: per hop we decide whether the credentials go along, refuse https to
    // http, count the hops within our one deadline, and never leave http(s).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The caller keeps the copy and its validators; a QNAM disk cache would answer a 304 for us
    // or keep a members-only feed on disk.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // No Accept-Encoding here: QNAM adds its own and decompresses only when it did.
    if (!m_request.validators.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.validators.etag.toLatin1());
    if (!m_request.validators.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.validators.lastModified.toLatin1());

    const FeedCredentials &credentials = m_request.credentials;
    if (!credentials.isEmpty() && sameOrigin(m_currentUrl, m_request.url)) {
        if (credentials.kind == FeedCredentials::Kind::Basic) {
            // RFC 7617: user-pass in UTF-8.
            const QByteArray userPass = credentials.user.toUtf8() + ':' + credentials.secret.toUtf8();
            request.setRawHeader("Authorization", "Basic " + userPass.toBase64());
        } else {
            request.setRawHeader("Authorization", "Bearer " + credentials.secret.toUtf8());
        }
        m_sentCredentials = true;
    }

    QNetworkReply *reply = m_network->get(request);
    // Before the request starts (it does from the event loop): QNAM hands the size on to its thread.
    reply->setReadBufferSize(replyBufferBytes);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &FeedFetcher::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &FeedFetcher::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &FeedFetcher::onDownloadProgress);
    connect(reply, &QNetworkReply::finished, this, &FeedFetcher::onReplyFinished);
#if QT_CONFIG(ssl)
    // Recorded, never ignored: QNAM then fails the handshake.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_tlsError.isEmpty() && !errors.isEmpty())
            m_tlsError = errors.constFirst().errorString();
    });
#endif
}

void FeedFetcher::onMetaDataChanged()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !isSuccess(statusOf(reply)))
        return;
    bool known = false;
    qint64 length = reply->rawHeader("Content-Length").trimmed().toLongLong(&known);
    // When QNAM decompresses it drops Content-Length, keeping it here; the body will not be smaller.
    if (!known)
        length = reply->attribute(QNetworkRequest::OriginalContentLengthAttribute).toLongLong(&known);
    if (known && length > m_request.maxBytes)
        fail(Problem::TooLarge, tr("the feed is larger than %1").arg(QLocale().formattedDataSize(m_request.maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
}

void FeedFetcher::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const QByteArray chunk = reply->readAll();
    if (isSuccess(statusOf(reply))) {
        m_body += chunk;
        if (m_body.size() > m_request.maxBytes)
            fail(Problem::TooLarge, tr("the feed is larger than %1").arg(QLocale().formattedDataSize(m_request.maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
        return;
    }
    // A redirect's or an error's page: only its headers matter. One that goes on and on is
    // answered from the headers now.
    m_discarded += chunk.size();
    if (m_discarded > m_request.maxBytes)
        conclude(reply, false);
}

void FeedFetcher::onDownloadProgress(qint64 received, qint64 total)
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const int status = statusOf(reply);
    if (status == 0 || isSuccess(status))
        Q_EMIT progress(received, total > 0 ? total : -1); // QNAM says 0 for unknown with gzip
}

void FeedFetcher::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    onReadyRead();
    if (m_reply != reply) // the last bytes broke the cap
        return;

    if (!m_tlsError.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        fail(Problem::Tls, tr("secure connection failed: %1").arg(m_tlsError.isEmpty() ? reply->errorString() : m_tlsError));
        return;
    }
    if (statusOf(reply) != 0) {
        conclude(reply, true);
        return;
    }

    const QString host = m_currentUrl.host();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        fail(Problem::HostNotFound, tr("host not found: %1").arg(host));
        break;
    case QNetworkReply::ConnectionRefusedError:
        fail(Problem::ConnectionRefused,
             tr("connection refused by %1").arg(host + QLatin1Char(':') + QString::number(m_currentUrl.port(defaultPort(m_currentUrl.scheme())))));
        break;
    case QNetworkReply::TimeoutError:
        fail(Problem::Timeout, tr("no answer from %1").arg(host));
        break;
    case QNetworkReply::RemoteHostClosedError:
        fail(Problem::Network, tr("%1 closed the connection without answering").arg(host));
        break;
    default:
        fail(Problem::Network, tr("network error: %1").arg(reply->errorString()));
        break;
    }
}

void FeedFetcher::onDeadline()
{
    if (!m_running)
        return;
    fail(Problem::Timeout, tr("no complete answer within %1 s").arg(seconds(m_request.timeout)));
}

void FeedFetcher::conclude(QNetworkReply *reply, bool bodyComplete)
{
    const int status = statusOf(reply);
    if (isRedirect(status)) {
        followRedirect(reply, status);
        return;
    }

    FetchResult result;
    result.httpStatus = status;
    result.finalUrl = m_currentUrl;
    result.retryAfter = HttpHeaders::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    result.maxAgeSeconds = HttpHeaders::parseMaxAge(reply->rawHeader("Cache-Control"));
    const QString etag = QString::fromLatin1(reply->rawHeader("ETag"));
    const QString lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    const QString statusLine = tr("HTTP %1 %2")
                                   .arg(status)
                                   .arg(QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()))
                                   .trimmed();

    if (status == 304 && !m_request.validators.isEmpty()) {
        result.outcome = FetchResult::Outcome::NotModified;
        result.validators.etag = etag.isEmpty() ? m_request.validators.etag : etag;
        result.validators.lastModified = lastModified.isEmpty() ? m_request.validators.lastModified : lastModified;
        finish(result);
        return;
    }
    if (status == 401 || status == 403) {
        result.problem = m_sentCredentials ? Problem::CredentialsRefused : Problem::NeedsCredentials;
        result.message = m_sentCredentials ? tr("the credentials were refused") : tr("the feed needs credentials");
        finish(result);
        return;
    }
    if (!isSuccess(status) || !bodyComplete) {
        // >= 400, and what we never asked for: a 304 to an unconditional GET, 300, 305...
        result.problem = Problem::Http;
        result.message = statusLine;
        finish(result);
        return;
    }

    if (reply->error() != QNetworkReply::NoError) {
        result.problem = Problem::Truncated;
        result.message = tr("the connection broke before the whole feed arrived: %1").arg(reply->errorString());
        finish(result);
        return;
    }
    // QNAM may end a body cut short as if it were whole; Content-Length says otherwise. QNAM drops
    // that header when it decompresses (it counted compressed bytes, which we never see).
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    bool known = false;
    const qint64 length = reply->rawHeader("Content-Length").trimmed().toLongLong(&known);
    if (known && (encoding.isEmpty() || encoding == "identity") && m_body.size() != length) {
        result.problem = Problem::Truncated;
        result.message = tr("the feed arrived incomplete: %1 of %2 bytes").arg(m_body.size()).arg(length);
        finish(result);
        return;
    }

    result.outcome = FetchResult::Outcome::Downloaded;
    result.body = m_body;
    result.validators.etag = etag;
    result.validators.lastModified = lastModified;
    finish(result);
}

void FeedFetcher::followRedirect(QNetworkReply *reply, int status)
{
    const QByteArray location = reply->rawHeader("Location").trimmed();
    if (location.isEmpty()) {
        fail(Problem::Http, tr("HTTP %1 redirect without a target").arg(status));
        return;
    }
    if (m_redirects >= m_request.maxRedirects) {
        fail(Problem::TooManyRedirects, tr("too many redirects (limit %1)").arg(m_request.maxRedirects));
        return;
    }
    // RFC 9110 §10.2.2: Location may be relative to the url that answered.
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    if (m_currentUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && target.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0) {
        fail(Problem::InsecureRedirect, tr("refused a redirect from https to insecure http: %1").arg(redactedAddress(target)));
        return;
    }
    ++m_redirects;
    dropReply();
    // 301/302/303/307/308 alike: a GET stays a GET.
    startRequest(target);
}

void FeedFetcher::fail(FetchResult::Problem problem, const QString &message)
{
    FetchResult result;
    result.problem = problem;
    result.message = message;
    result.finalUrl = m_currentUrl;
    if (QNetworkReply *reply = m_reply) {
        const int status = statusOf(reply);
        result.httpStatus = status;
        if (status != 0)
            result.retryAfter = HttpHeaders::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    }
    finish(result);
}

void FeedFetcher::finish(FetchResult result)
{
    dropReply();
    m_deadline.stop();
    m_failSoon.stop();
    m_running = false;
    Q_EMIT finished(result);
}

void FeedFetcher::dropReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

FetchResult FeedFetcher::readLocalFile(const QString &path, qint64 maxBytes)
{
    FetchResult result;
    CappedFile file = readFileCapped(path, maxBytes);
    switch (file.problem) {
    case CappedFile::Problem::None:
        result.body = std::move(file.data);
        result.outcome = FetchResult::Outcome::Downloaded;
        result.finalUrl = QUrl::fromLocalFile(path);
        return result;
    case CappedFile::Problem::TooLarge:
        result.problem = FetchResult::Problem::TooLarge;
        result.message = tr("the feed is larger than %1").arg(QLocale().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat));
        return result;
    case CappedFile::Problem::NotAFile:
        result.problem = FetchResult::Problem::Network;
        result.message = tr("cannot read %1: it is not a regular file").arg(path);
        return result;
    case CappedFile::Problem::CannotOpen:
    case CappedFile::Problem::ReadError:
        break;
    }
    result.problem = FetchResult::Problem::Network;
    result.message = tr("cannot open %1: %2").arg(path, file.detail);
    return result;
}

} // namespace Attend
