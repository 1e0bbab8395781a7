#include "network/feedfetcher.h"

#include "faultserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Attend;
using namespace Attend::Test;
using namespace std::chrono_literals;
using Outcome = FetchResult::Outcome;
using Problem = FetchResult::Problem;

// Readable QCOMPARE failures for the result's enums (found by argument-dependent lookup).
namespace Attend {
char *toString(FetchResult::Problem problem)
{
    static const char *const names[] = {"None", "HostNotFound", "ConnectionRefused", "Timeout", "Http",
                                        "NeedsCredentials", "CredentialsRefused", "TooLarge", "TooManyRedirects",
                                        "InsecureRedirect", "Tls", "Truncated", "Network"};
    return qstrdup(names[int(problem)]);
}
char *toString(FetchResult::Outcome outcome)
{
    static const char *const names[] = {"Downloaded", "NotModified", "Failed"};
    return qstrdup(names[int(outcome)]);
}
} // namespace Attend

Q_DECLARE_METATYPE(Attend::FetchResult::Outcome)
Q_DECLARE_METATYPE(Attend::FetchResult::Problem)

namespace {
const QByteArray feedBody = "<?xml version=\"1.0\"?><schedule><conference><title>Test</title></conference></schedule>";

QByteArray ok(const QByteArray &body = feedBody, const QList<QByteArray> &headers = {})
{
    return FaultServer::response(200, "OK", QList<QByteArray>{"Content-Type: application/xml"} + headers, body);
}

QByteArray redirect(int status, const QByteArray &location)
{
    static const QHash<int, QByteArray> reasons = {{301, "Moved Permanently"}, {302, "Found"}, {303, "See Other"},
                                                    {307, "Temporary Redirect"}, {308, "Permanent Redirect"}};
    return FaultServer::response(status, reasons.value(status), {"Location: " + location}, "moved");
}

/** A request with a short deadline, so that a fault in the fetcher fails the test in seconds. */
FetchRequest requestFor(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    request.timeout = 5s;
    return request;
}

/** Peak resident memory of this process (VmHWM) in bytes, or -1 where /proc does not say. */
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

/** Starts the peak over from the current resident size (Linux: "5" to clear_refs). */
bool resetPeakResidentBytes()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

/**
 * A 200 whose body never ends: the head, then 1 MiB chunks for as long as the client reads. The
 * server writes only when its own queue is short, so that the memory measured is the client's.
 */
FaultServer::Handler endless(const QByteArray &head, bool chunked)
{
    return [head, chunked](QTcpSocket *socket) {
        socket->write(head);
        const QByteArray piece(1 << 20, 'x');
        const QByteArray chunk = chunked ? "100000\r\n" + piece + "\r\n" : piece;
        auto more = [socket, chunk] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 2 * chunk.size())
                socket->write(chunk);
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    };
}

#define COMPARE_FAILURE(result, expectedProblem)                                                                       \
    do {                                                                                                               \
        QCOMPARE((result).outcome, Outcome::Failed);                                                                   \
        QCOMPARE((result).problem, expectedProblem);                                                                   \
        QVERIFY(!(result).message.isEmpty());                                                                          \
        QVERIFY((result).body.isEmpty());                                                                              \
    } while (false)
} // namespace

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certDir;
    QSslConfiguration m_serverTls; // a certificate from the CA the test trusts
    QSslConfiguration m_rogueTls;  // one from a CA nobody trusts
    QNetworkAccessManager *m_network = nullptr;

    FetchResult fetch(const FetchRequest &request) { return FeedFetcher::fetchAndWait(m_network, request); }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_certDir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning() << "openssl" << arguments << "failed:" << process.readAll();
            return false;
        }
        return true;
    }

    /** A CA (name.pem, name.key) and a server certificate it signs for 127.0.0.1 and localhost. */
    bool makeCertificates(const QString &ca, const QString &server)
    {
        const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        const QString config = QStringLiteral("openssl.cnf");
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-config"), config, QStringLiteral("-x509")} + ec
                       + QStringList{QStringLiteral("-keyout"), ca + QStringLiteral(".key"), QStringLiteral("-out"),
                                     ca + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                     QStringLiteral("-subj"), QStringLiteral("/CN=Attend test ") + ca})
            && openssl(QStringList{QStringLiteral("req"), QStringLiteral("-config"), config} + ec
                       + QStringList{QStringLiteral("-keyout"), server + QStringLiteral(".key"), QStringLiteral("-out"),
                                     server + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), server + QStringLiteral(".csr"),
                        QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-extfile"), QStringLiteral("server.ext"), QStringLiteral("-out"),
                        server + QStringLiteral(".pem")});
    }

    QSslConfiguration serverConfiguration(const QString &server)
    {
        QSslConfiguration configuration;
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_certDir.filePath(server + QStringLiteral(".pem")));
        if (!certificates.isEmpty())
            configuration.setLocalCertificate(certificates.constFirst());
        QFile keyFile(m_certDir.filePath(server + QStringLiteral(".key")));
        if (keyFile.open(QIODevice::ReadOnly))
            configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        return configuration;
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Loopback only, whatever the machine's proxy settings say.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here (Debian: libssl3)");
        QVERIFY(m_certDir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), "openssl is not installed (scripts/packages.txt)");

        // A throwaway CA for this run only, trusted by this process alone.
        QVERIFY(writeFile(m_certDir.filePath(QStringLiteral("openssl.cnf")),
                          "[req]\ndistinguished_name = dn\nx509_extensions = v3_ca\n[dn]\n"
                          "[v3_ca]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n"
                          "subjectKeyIdentifier = hash\n"));
        QVERIFY(writeFile(m_certDir.filePath(QStringLiteral("server.ext")),
                          "subjectAltName = IP:127.0.0.1, DNS:localhost\nbasicConstraints = CA:FALSE\n"
                          "keyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\n"));
        QVERIFY(makeCertificates(QStringLiteral("ca"), QStringLiteral("server")));
        QVERIFY(makeCertificates(QStringLiteral("rogue-ca"), QStringLiteral("rogue")));

        const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_certDir.filePath(QStringLiteral("ca.pem")));
        QCOMPARE(ca.size(), 1);
        QSslConfiguration defaults = QSslConfiguration::defaultConfiguration();
        defaults.addCaCertificates(ca);
        QSslConfiguration::setDefaultConfiguration(defaults);

        m_serverTls = serverConfiguration(QStringLiteral("server"));
        m_rogueTls = serverConfiguration(QStringLiteral("rogue"));
        QVERIFY(!m_serverTls.localCertificate().isNull() && !m_serverTls.privateKey().isNull());
        QVERIFY(!m_rogueTls.localCertificate().isNull() && !m_rogueTls.privateKey().isNull());
    }

    void init() { m_network = new QNetworkAccessManager(this); }
    void cleanup()
    {
        delete m_network;
        m_network = nullptr;
    }

    void downloadsWithValidators()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/feed.xml", ok(feedBody, {"ETag: \"v1\"", "Last-Modified: Tue, 03 Feb 2026 10:00:00 GMT",
                                                 "Cache-Control: public, max-age=300"}));

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/feed.xml"))));
        QCOMPARE(result.outcome, Outcome::Downloaded);
        QCOMPARE(result.problem, Problem::None);
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.body, feedBody);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.validators.etag, QStringLiteral("\"v1\""));
        QCOMPARE(result.validators.lastModified, QStringLiteral("Tue, 03 Feb 2026 10:00:00 GMT"));
        QCOMPARE(result.maxAgeSeconds, std::optional<qint64>(300));
        QVERIFY(!result.retryAfter.isValid());
        QCOMPARE(result.finalUrl, server.url(QStringLiteral("/feed.xml")));

        // An unconditional GET, without credentials, that says who asks.
        QCOMPARE(server.requests().size(), 1);
        const QByteArray sent = server.requests().constFirst();
        QVERIFY2(sent.startsWith("GET /feed.xml HTTP/1.1\r\n"), sent.constData());
        QVERIFY(headerValue(sent, "If-None-Match").isNull());
        QVERIFY(headerValue(sent, "If-Modified-Since").isNull());
        QVERIFY(headerValue(sent, "Authorization").isNull());
        QCOMPARE(headerValue(sent, "User-Agent"), FeedFetcher::userAgent());
        QVERIFY(FeedFetcher::userAgent().startsWith("Attend/"));
        QVERIFY(FeedFetcher::userAgent().endsWith(" (+https://github.com/attend)"));
    }

    void cacheControl_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("maxAge"); // -1: none
        QTest::addRow("max-age") << QByteArray("max-age=60") << 60LL;
        QTest::addRow("among others") << QByteArray("public, must-revalidate, MAX-AGE=3600, stale-if-error=60") << 3600LL;
        QTest::addRow("no-cache wins") << QByteArray("no-cache, max-age=60") << 0LL;
        QTest::addRow("no-store") << QByteArray("no-store") << 0LL;
        QTest::addRow("no max-age") << QByteArray("private") << -1LL;
        QTest::addRow("not a number") << QByteArray("max-age=soon") << -1LL;
        // Numbers no qint64 holds, or that no time may be moved by, end at a year.
        QTest::addRow("twenty digits") << QByteArray("max-age=99999999999999999999") << maxServerDelaySeconds;
        QTest::addRow("over a year") << QByteArray("max-age=31536001") << maxServerDelaySeconds;
        QTest::addRow("negative") << QByteArray("max-age=-60") << -1LL;
        QTest::addRow("signed") << QByteArray("max-age=+60") << -1LL;
        QTest::addRow("absent") << QByteArray() << -1LL;
    }
    void cacheControl()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, maxAge);
        FaultServer server;
        QVERIFY(server.listenHttp());
        QList<QByteArray> headers;
        if (!header.isEmpty())
            headers.append("Cache-Control: " + header);
        server.reply("/feed", ok(feedBody, headers));

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/feed"))));
        QCOMPARE(result.outcome, Outcome::Downloaded);
        QCOMPARE(result.maxAgeSeconds, maxAge < 0 ? std::nullopt : std::optional<qint64>(maxAge));
    }

    void conditionalGetNotModified_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QString>("etag");
        QTest::addColumn<QString>("lastModified");
        QTest::addRow("new validators") << QList<QByteArray>{"ETag: \"v2\"", "Last-Modified: Wed, 04 Feb 2026 08:00:00 GMT", "Cache-Control: max-age=120"}
                                        << QStringLiteral("\"v2\"") << QStringLiteral("Wed, 04 Feb 2026 08:00:00 GMT");
        QTest::addRow("none: keep ours") << QList<QByteArray>{"Cache-Control: max-age=120"} << QStringLiteral("W/\"v1\"")
                                         << QStringLiteral("Tue, 03 Feb 2026 10:00:00 GMT");
    }
    void conditionalGetNotModified()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, etag);
        QFETCH(QString, lastModified);
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/feed", FaultServer::response(304, "Not Modified", headers, {}, false));

        FetchRequest request = requestFor(server.url(QStringLiteral("/feed")));
        request.validators.etag = QStringLiteral("W/\"v1\"");
        request.validators.lastModified = QStringLiteral("Tue, 03 Feb 2026 10:00:00 GMT");
        const FetchResult result = fetch(request);
        QCOMPARE(result.outcome, Outcome::NotModified);
        QCOMPARE(result.problem, Problem::None);
        QVERIFY(result.body.isEmpty());
        QCOMPARE(result.httpStatus, 304);
        QCOMPARE(result.validators.etag, etag);
        QCOMPARE(result.validators.lastModified, lastModified);
        QCOMPARE(result.maxAgeSeconds, std::optional<qint64>(120));

        QCOMPARE(server.requests().size(), 1);
        const QByteArray sent = server.requests().constFirst();
        QCOMPARE(headerValue(sent, "If-None-Match"), QByteArray("W/\"v1\""));
        QCOMPARE(headerValue(sent, "If-Modified-Since"), QByteArray("Tue, 03 Feb 2026 10:00:00 GMT"));
    }

    void gzipIsDecompressed()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        const QByteArray big = feedBody.repeated(200);
        const QByteArray compressed = gzip(big);
        QVERIFY(compressed.size() < big.size() / 10);
        server.reply("/feed.xml.gz", ok(compressed, {"Content-Encoding: gzip", "ETag: \"gz\""}));

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/feed.xml.gz"))));
        QCOMPARE(result.outcome, Outcome::Downloaded);
        QCOMPARE(result.body.size(), big.size());
        QCOMPARE(result.body, big);
        QCOMPARE(result.validators.etag, QStringLiteral("\"gz\""));
        // QNAM offered gzip itself (and so decompresses it).
        QVERIFY2(headerValue(server.requests().constFirst(), "Accept-Encoding").contains("gzip"),
                 server.requests().constFirst().constData());
    }

    void noAnswerTimesOut()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.route("/silent", FaultServer::hold());

        FetchRequest request = requestFor(server.url(QStringLiteral("/silent")));
        request.timeout = 1s;
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetch(request);
        COMPARE_FAILURE(result, Problem::Timeout);
        QCOMPARE(result.message, QStringLiteral("no complete answer within 1 s"));
        QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requests().size(), 1);
    }

    void slowDripTimesOut()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        const QByteArray body(100, 'x');
        server.route("/drip", FaultServer::drip("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n", body, 200));

        FeedFetcher fetcher(m_network);
        QSignalSpy progress(&fetcher, &FeedFetcher::progress);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        FetchRequest request = requestFor(server.url(QStringLiteral("/drip")));
        request.timeout = 1500ms;
        QElapsedTimer clock;
        clock.start();
        fetcher.fetch(request);
        QVERIFY(fetcher.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!fetcher.isRunning());
        const auto result = finished.constFirst().constFirst().value<FetchResult>();
        COMPARE_FAILURE(result, Problem::Timeout);
        QCOMPARE(result.message, QStringLiteral("no complete answer within 1.5 s"));
        QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        // The bytes did flow: this is the whole-exchange deadline, not an idle timeout.
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.constLast().constFirst().toLongLong() >= 3, qPrintable(progress.constLast().constFirst().toString()));
        QCOMPARE(progress.constLast().constLast().toLongLong(), 100);
    }

    void retryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("delay"); // seconds from now, when the header gives seconds
        QTest::addColumn<QDateTime>("expected"); // invalid: now + delay
        // A date within the year: later ones are clamped to a year from now.
        const QDate day = QDate::currentDate().addDays(30);
        const QDateTime date(day, QTime(7, 28), QTimeZone::utc());
        const QLocale c = QLocale::c();
        const QByteArray imf = c.toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        const QByteArray rfc850 = c.toString(date, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'")).toLatin1();
        const QByteArray asctime = c.toString(date, QStringLiteral("ddd MMM d HH:mm:ss yyyy")).toLatin1();
        QTest::addRow("500, seconds") << 500 << QByteArray("Internal Server Error") << QByteArray("120") << 120LL << QDateTime();
        QTest::addRow("503, IMF-fixdate") << 503 << QByteArray("Service Unavailable") << imf << 0LL << date;
        QTest::addRow("503, RFC 850 date") << 503 << QByteArray("Service Unavailable") << rfc850 << 0LL << date;
        QTest::addRow("429, asctime date") << 429 << QByteArray("Too Many Requests") << asctime << 0LL << date;
        QTest::addRow("503, twenty digits") << 503 << QByteArray("Service Unavailable") << QByteArray("99999999999999999999")
                                            << maxServerDelaySeconds << QDateTime();
        QTest::addRow("503, year 9999") << 503 << QByteArray("Service Unavailable") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT")
                                        << maxServerDelaySeconds << QDateTime();
    }
    void retryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, delay);
        QFETCH(QDateTime, expected);
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/feed", FaultServer::response(status, reason, {"Retry-After: " + retryAfter}, "busy"));

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/feed"))));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        COMPARE_FAILURE(result, Problem::Http);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.message, QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromLatin1(reason)));
        QVERIFY(result.retryAfter.isValid());
        QCOMPARE(result.retryAfter.timeSpec(), Qt::UTC);
        if (expected.isValid()) {
            QCOMPARE(result.retryAfter, expected);
        } else {
            QVERIFY2(result.retryAfter >= before.addSecs(delay - 1) && result.retryAfter <= after.addSecs(delay + 1),
                     qPrintable(result.retryAfter.toString(Qt::ISODate)));
        }
    }

    void truncated_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addRow("Content-Length 1000, 10 sent")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n0123456789");
    }
    void truncated()
    {
        QFETCH(QByteArray, raw);
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/feed", raw); // and closes

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/feed"))));
        COMPARE_FAILURE(result, Problem::Truncated);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY2(result.message.contains(QStringLiteral("whole feed")) || result.message.contains(QStringLiteral("incomplete")),
                 qPrintable(result.message));
    }

    void redirectLoop()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/loop", redirect(302, "/loop"));

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/loop"))));
        COMPARE_FAILURE(result, Problem::TooManyRedirects);
        QCOMPARE(result.message, QStringLiteral("too many redirects (limit 5)"));
        QCOMPARE(server.requests().size(), 6); // the first, then 5 redirects followed
    }

    void redirectsThenDownloads()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/r1", redirect(301, "/r2"));                                              // absolute path
        server.reply("/r2", redirect(302, server.url(QStringLiteral("/dir/r3")).toEncoded())); // absolute URL
        server.reply("/dir/r3", redirect(307, "r4?x=1"));                                       // relative path
        server.reply("/dir/r4", ok());

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/r1"))));
        QCOMPARE(result.outcome, Outcome::Downloaded);
        QCOMPARE(result.body, feedBody);
        QUrl expected = server.url(QStringLiteral("/dir/r4"));
        expected.setQuery(QStringLiteral("x=1"));
        QCOMPARE(result.finalUrl, expected);
        QCOMPARE(server.requests().size(), 4);
        QVERIFY(server.requests().constLast().startsWith("GET /dir/r4?x=1 HTTP/1.1"));
    }

    void redirectsKeepValidators()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/old", redirect(308, "/new"));
        server.reply("/new", FaultServer::response(304, "Not Modified", {}, {}, false));

        FetchRequest request = requestFor(server.url(QStringLiteral("/old")));
        request.validators.etag = QStringLiteral("\"v1\"");
        const FetchResult result = fetch(request);
        QCOMPARE(result.outcome, Outcome::NotModified);
        QCOMPARE(result.finalUrl, server.url(QStringLiteral("/new")));
        QCOMPARE(headerValue(server.requestsFor("/new").value(0), "If-None-Match"), QByteArray("\"v1\""));
    }

    void httpsToHttpIsRefused()
    {
        FaultServer secure;
        QVERIFY(secure.listenHttps(m_serverTls));
        FaultServer plain;
        QVERIFY(plain.listenHttp());
        plain.reply("/feed", ok());
        secure.reply("/feed", redirect(301, plain.url(QStringLiteral("/feed")).toEncoded()));

        FetchRequest request = requestFor(secure.url(QStringLiteral("/feed")));
        request.credentials = {FeedCredentials::Kind::Bearer, {}, QStringLiteral("token")};
        const FetchResult result = fetch(request);
        COMPARE_FAILURE(result, Problem::InsecureRedirect);
        QVERIFY2(result.message.contains(QStringLiteral("https")), qPrintable(result.message));
        QCOMPARE(secure.requests().size(), 1);
        QVERIFY(plain.requests().isEmpty()); // not even asked
    }

    void httpsDownloads()
    {
        FaultServer secure;
        QVERIFY(secure.listenHttps(m_serverTls));
        secure.reply("/feed", ok());

        FetchRequest request = requestFor(secure.url(QStringLiteral("/feed")));
        request.credentials = {FeedCredentials::Kind::Bearer, {}, QStringLiteral("t0ken")};
        const FetchResult result = fetch(request);
        QVERIFY2(result.outcome == Outcome::Downloaded, qPrintable(result.message));
        QCOMPARE(result.body, feedBody);
        QCOMPARE(headerValue(secure.requests().value(0), "Authorization"), QByteArray("Bearer t0ken"));
    }

    void tlsUntrusted()
    {
        FaultServer rogue;
        QVERIFY(rogue.listenHttps(m_rogueTls));
        rogue.reply("/feed", ok());

        const FetchResult result = fetch(requestFor(rogue.url(QStringLiteral("/feed"))));
        COMPARE_FAILURE(result, Problem::Tls);
        // The first error of the chain, as QSslError words it.
        const QString expected = QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString();
        QCOMPARE(result.message, QStringLiteral("secure connection failed: ") + expected);
        QVERIFY(rogue.requests().isEmpty()); // no request went over the untrusted connection
    }

    void tooLarge_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("message");
        const QString small = QStringLiteral("the feed is larger than 1,000 bytes"); // LC_ALL=C.UTF-8
        // The server holds the connection open after these: only the cap can end the fetch.
        QTest::addRow("Content-Length over the cap")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + QByteArray(100, 'x')) << 1000LL << small;
        QByteArray chunked("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 5; ++i)
            chunked += "3e8\r\n" + QByteArray(1000, 'x') + "\r\n";
        QTest::addRow("chunked, no length") << chunked << 1000LL << small;
        const QByteArray bomb = gzip(QByteArray(200000, 'a'));
        QTest::addRow("gzip, larger once decompressed")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb)
            << 1000LL << small;
        QRandomGenerator random(42);
        QByteArray noise(4000, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        const QByteArray compressed = gzip(noise); // incompressible: 50 bytes in, about 50 out
        QTest::addRow("gzip, compressed Content-Length over the cap")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 5000\r\n\r\n" + compressed.left(50))
            << 1000LL << small;
        QTest::addRow("default cap, 60 MB announced")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 62914560\r\n\r\n") << 50LL * 1024 * 1024
            << QStringLiteral("the feed is larger than 50 MB");
    }
    void tooLarge()
    {
        QFETCH(QByteArray, raw);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, message);
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.route("/big", FaultServer::hold(raw));

        FetchRequest request = requestFor(server.url(QStringLiteral("/big")));
        request.maxBytes = maxBytes;
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetch(request);
        COMPARE_FAILURE(result, Problem::TooLarge);
        QCOMPARE(result.message, message);
        QVERIFY(clock.elapsed() < 2000); // ended by the cap, not by the deadline
    }

    void endlessBodyIsCutAtTheCapInBoundedMemory_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("chunked");
        QTest::addRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << true;
        QTest::addRow("no length, until close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n") << false;
    }
    void endlessBodyIsCutAtTheCapInBoundedMemory()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, chunked);
        QVERIFY2(resetPeakResidentBytes(), "cannot reset the peak through /proc/self/clear_refs");
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.route("/endless", endless(head, chunked));

        FetchRequest request = requestFor(server.url(QStringLiteral("/endless")));
        request.timeout = 30s;
        const qint64 before = peakResidentBytes();
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetch(request); // the default cap: 50 MB
        const qint64 grown = peakResidentBytes() - before;
        qInfo("%s: peak grew by %lld MiB in %lld ms", QTest::currentDataTag(), grown >> 20, clock.elapsed());
        COMPARE_FAILURE(result, Problem::TooLarge);
        // The body up to the cap, and little more: not the whole stream QNAM would buffer.
        QVERIFY2(grown < 100LL * 1024 * 1024, qPrintable(QString::number(grown >> 20)));
    }

    void needsCredentials_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addRow("401") << FaultServer::response(401, "Unauthorized", {"WWW-Authenticate: Basic realm=\"feed\""}, "who?");
        QTest::addRow("403") << FaultServer::response(403, "Forbidden", {}, "no");
    }
    void needsCredentials()
    {
        QFETCH(QByteArray, raw);
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/private", raw);

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/private"))));
        COMPARE_FAILURE(result, Problem::NeedsCredentials);
        QCOMPARE(result.message, QStringLiteral("the feed needs credentials"));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(headerValue(server.requests().constFirst(), "Authorization").isNull());
    }

    void credentialsRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("raw");
        const QByteArray unauthorized = FaultServer::response(401, "Unauthorized", {"WWW-Authenticate: Basic realm=\"feed\""}, "no");
        QTest::addRow("Basic, 401") << int(FeedCredentials::Kind::Basic) << unauthorized;
        QTest::addRow("Bearer, 401") << int(FeedCredentials::Kind::Bearer) << unauthorized;
        QTest::addRow("Bearer, 403") << int(FeedCredentials::Kind::Bearer) << FaultServer::response(403, "Forbidden", {}, "no");
    }
    void credentialsRefused()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, raw);
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/private", raw);

        FetchRequest request = requestFor(server.url(QStringLiteral("/private")));
        request.credentials = {FeedCredentials::Kind(kind), QStringLiteral("user"), QStringLiteral("wrong")};
        const FetchResult result = fetch(request);
        COMPARE_FAILURE(result, Problem::CredentialsRefused);
        QCOMPARE(result.message, QStringLiteral("the credentials were refused"));
        // Asked once: QNAM did not retry on its own with anything it had cached.
        QCOMPARE(server.requests().size(), 1);
    }

    void sendsCredentials_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("header");
        QTest::addRow("Basic") << int(FeedCredentials::Kind::Basic) << QStringLiteral("user") << QStringLiteral("secret")
                               << QByteArray("Basic dXNlcjpzZWNyZXQ="); // base64("user:secret")
        QTest::addRow("Basic, UTF-8") << int(FeedCredentials::Kind::Basic) << QStringLiteral("j\u00FCrgen") << QStringLiteral("p\u00E4ss")
                                      << QByteArray("Basic " + QByteArray("j\xC3\xBCrgen:p\xC3\xA4ss").toBase64());
        QTest::addRow("Bearer") << int(FeedCredentials::Kind::Bearer) << QString() << QStringLiteral("abc.def-123")
                                << QByteArray("Bearer abc.def-123");
    }
    void sendsCredentials()
    {
        QFETCH(int, kind);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QByteArray, header);
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/start", redirect(302, "/private")); // same origin: still sent
        server.reply("/private", ok());

        FetchRequest request = requestFor(server.url(QStringLiteral("/start")));
        request.credentials = {FeedCredentials::Kind(kind), user, secret};
        const FetchResult result = fetch(request);
        QCOMPARE(result.outcome, Outcome::Downloaded);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(headerValue(server.requestsFor("/start").value(0), "Authorization"), header);
        QCOMPARE(headerValue(server.requestsFor("/private").value(0), "Authorization"), header);
    }

    void credentialsStayWithTheirOrigin_data()
    {
        QTest::addColumn<QByteArray>("elsewhere");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<Problem>("problem");
        QTest::addRow("other port serves") << ok() << Outcome::Downloaded << Problem::None;
        // We sent nothing there, so it is "needs", not "refused".
        QTest::addRow("other port asks")
            << FaultServer::response(401, "Unauthorized", {"WWW-Authenticate: Basic realm=\"x\""}, "who?") << Outcome::Failed
            << Problem::NeedsCredentials;
    }
    void credentialsStayWithTheirOrigin()
    {
        QFETCH(QByteArray, elsewhere);
        QFETCH(Outcome, outcome);
        QFETCH(Problem, problem);
        FaultServer origin;
        QVERIFY(origin.listenHttp());
        FaultServer other; // same host, another port: another origin
        QVERIFY(other.listenHttp());
        QVERIFY(origin.port() != other.port());
        origin.reply("/feed", redirect(303, other.url(QStringLiteral("/feed")).toEncoded()));
        other.reply("/feed", elsewhere);

        FetchRequest request = requestFor(origin.url(QStringLiteral("/feed")));
        request.credentials = {FeedCredentials::Kind::Basic, QStringLiteral("user"), QStringLiteral("secret")};
        const FetchResult result = fetch(request);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.problem, problem);
        QCOMPARE(result.finalUrl, other.url(QStringLiteral("/feed")));
        QCOMPARE(headerValue(origin.requests().value(0), "Authorization"), QByteArray("Basic dXNlcjpzZWNyZXQ="));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY2(headerValue(other.requests().constFirst(), "Authorization").isNull(), other.requests().constFirst().constData());
    }

    void userInfoInUrlIsNeverSent()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/private", FaultServer::response(401, "Unauthorized", {"WWW-Authenticate: Basic realm=\"feed\""}, "who?"));

        QUrl url = server.url(QStringLiteral("/private"));
        url.setUserInfo(QStringLiteral("user:password"));
        const FetchResult result = fetch(requestFor(url));
        COMPARE_FAILURE(result, Problem::NeedsCredentials);
        QVERIFY(!result.finalUrl.toString().contains(QStringLiteral("password")));
        QCOMPARE(server.requests().size(), 1); // QNAM did not answer the challenge from the url
        QVERIFY(headerValue(server.requests().constFirst(), "Authorization").isNull());
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now

        QUrl url(QStringLiteral("http://127.0.0.1/feed"));
        url.setPort(port);
        const FetchResult result = fetch(requestFor(url));
        COMPARE_FAILURE(result, Problem::ConnectionRefused);
        QCOMPARE(result.message, QStringLiteral("connection refused by 127.0.0.1:%1").arg(port));
        QCOMPARE(result.httpStatus, 0);
    }

    void hostNotFound()
    {
        const FetchResult result = fetch(requestFor(QUrl(QStringLiteral("http://feed.invalid/schedule.xml"))));
        COMPARE_FAILURE(result, Problem::HostNotFound);
        QCOMPARE(result.message, QStringLiteral("host not found: feed.invalid"));
    }

    void notFound()
    {
        FaultServer server;
        QVERIFY(server.listenHttp()); // answers 404 for any path it does not know

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/missing.xml"))));
        COMPARE_FAILURE(result, Problem::Http);
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.message, QStringLiteral("HTTP 404 Not Found"));
        QVERIFY(!result.retryAfter.isValid());
    }

    void unsupportedScheme_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addRow("file") << QUrl(QStringLiteral("file:///tmp/schedule.xml"));
        QTest::addRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/schedule.xml"));
        QTest::addRow("no host") << QUrl(QStringLiteral("http:///schedule.xml"));
    }
    void unsupportedScheme()
    {
        QFETCH(QUrl, url);
        FeedFetcher fetcher(m_network);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        fetcher.fetch(requestFor(url));
        QCOMPARE(finished.size(), 0); // never from inside fetch()
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.size(), 1);
        const auto result = finished.constFirst().constFirst().value<FetchResult>();
        COMPARE_FAILURE(result, Problem::Network);
        QVERIFY2(result.message.startsWith(QStringLiteral("not a web address: ")), qPrintable(result.message));
    }

    void redirectToFileIsRefused()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.reply("/feed", redirect(302, "file:///etc/passwd"));

        const FetchResult result = fetch(requestFor(server.url(QStringLiteral("/feed"))));
        COMPARE_FAILURE(result, Problem::Network);
        QCOMPARE(result.message, QStringLiteral("not a web address: file:///etc/passwd"));
    }

    void progressReported()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        const QByteArray body(30000, 'p');
        server.reply("/feed", ok(body));

        FeedFetcher fetcher(m_network);
        QSignalSpy progress(&fetcher, &FeedFetcher::progress);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        fetcher.fetch(requestFor(server.url(QStringLiteral("/feed"))));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().constFirst().value<FetchResult>().body, body);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), 30000);
        QCOMPARE(progress.constLast().at(1).toLongLong(), 30000);
    }

    void newFetchAbortsTheRunningOne()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.route("/silent", FaultServer::hold());
        server.reply("/feed", ok());

        FeedFetcher fetcher(m_network);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        FetchRequest first = requestFor(server.url(QStringLiteral("/silent")));
        first.timeout = 300ms;
        fetcher.fetch(first);
        QTRY_COMPARE(server.requests().size(), 1);
        fetcher.fetch(requestFor(server.url(QStringLiteral("/feed"))));
        QVERIFY(finished.wait(5000));
        QTest::qWait(500); // past the first one's deadline: it must stay silent
        QCOMPARE(finished.size(), 1);
        const auto result = finished.constFirst().constFirst().value<FetchResult>();
        QCOMPARE(result.outcome, Outcome::Downloaded);
        QCOMPARE(result.finalUrl, server.url(QStringLiteral("/feed")));
    }

    void abortIsSilent()
    {
        FaultServer server;
        QVERIFY(server.listenHttp());
        server.route("/silent", FaultServer::hold());

        FeedFetcher fetcher(m_network);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        FetchRequest request = requestFor(server.url(QStringLiteral("/silent")));
        request.timeout = 300ms;
        fetcher.fetch(request);
        QVERIFY(fetcher.isRunning());
        QTRY_COMPARE(server.requests().size(), 1);
        fetcher.abort();
        QVERIFY(!fetcher.isRunning());
        QTest::qWait(500);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
