#pragma once

// A web server for tests that misbehaves on request: canned raw HTTP per path, or silence, or a
// drip, over plain TCP or TLS (QSslServer). One request per connection; every request is kept raw.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QSslConfiguration;

namespace Attend::Test {

class FaultServer : public QObject
{
    Q_OBJECT

public:
    /** What the server does with a connection once the request's head has arrived. */
    using Handler = std::function<void(QTcpSocket *socket)>;

    explicit FaultServer(QObject *parent = nullptr);

    bool listenHttp();
    bool listenHttps(const QSslConfiguration &configuration);
    quint16 port() const;
    /** http(s)://127.0.0.1:<port><path> */
    QUrl url(const QString &path) const;

    void route(const QByteArray &path, Handler handler);
    /** Shorthand: answer path with these bytes, then close. */
    void reply(const QByteArray &path, const QByteArray &raw);

    /** Every request head received, in order (request line and headers, raw). */
    QList<QByteArray> requests() const { return m_requests; }
    QList<QByteArray> requestsFor(const QByteArray &path) const;

    /** "HTTP/1.1 <status> <reason>", the headers, Content-Length (unless told not to), Connection: close. */
    static QByteArray response(int status, const QByteArray &reason, const QList<QByteArray> &headers = {},
                               const QByteArray &body = {}, bool contentLength = true);
    /** Writes raw, then closes the connection. */
    static Handler canned(const QByteArray &raw);
    /** Writes raw and keeps the connection open, saying nothing more. */
    static Handler hold(const QByteArray &raw = {});
    /** Writes head at once, then body one byte every intervalMs, then closes. */
    static Handler drip(const QByteArray &head, const QByteArray &body, int intervalMs);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    QList<QByteArray> m_requests;
    QList<QByteArray> m_paths; // of m_requests, same order
};

/** The value of header name in a raw request head (case-insensitive name), or a null array. */
QByteArray headerValue(const QByteArray &rawRequest, const QByteArray &name);

/** data in gzip format (RFC 1952), as a server sends it with Content-Encoding: gzip. */
QByteArray gzip(const QByteArray &data);

} // namespace Attend::Test
