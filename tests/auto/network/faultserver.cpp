#include "faultserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Attend::Test {

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
{
}

bool FaultServer::listenHttp()
{
    m_server = new QTcpServer(this);
    m_tls = false;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost);
}

bool FaultServer::listenHttps(const QSslConfiguration &configuration)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_tls = true;
    // QSslServer offers a connection only once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost);
}

quint16 FaultServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FaultServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path);
    return url;
}

void FaultServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void FaultServer::reply(const QByteArray &path, const QByteArray &raw)
{
    route(path, canned(raw));
}

QList<QByteArray> FaultServer::requestsFor(const QByteArray &path) const
{
    QList<QByteArray> found;
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        if (m_paths.at(i) == path)
            found.append(m_requests.at(i));
    }
    return found;
}

QByteArray FaultServer::response(int status, const QByteArray &reason, const QList<QByteArray> &headers,
                                 const QByteArray &body, bool contentLength)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray &header : headers)
        raw += header + "\r\n";
    if (contentLength)
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "Connection: close\r\n\r\n";
    return raw + body;
}

FaultServer::Handler FaultServer::canned(const QByteArray &raw)
{
    return [raw](QTcpSocket *socket) {
        socket->write(raw);
        socket->disconnectFromHost(); // after the bytes are out
    };
}

FaultServer::Handler FaultServer::hold(const QByteArray &raw)
{
    return [raw](QTcpSocket *socket) {
        if (!raw.isEmpty())
            socket->write(raw);
    };
}

FaultServer::Handler FaultServer::drip(const QByteArray &head, const QByteArray &body, int intervalMs)
{
    return [head, body, intervalMs](QTcpSocket *socket) {
        socket->write(head);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
            if (*sent >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid(*sent, 1));
            ++*sent;
        });
        timer->start(intervalMs);
    };
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("handled").toBool()) {
        socket->readAll(); // one request per connection; the rest is ignored
        return;
    }
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("head", head);
        return;
    }
    head.truncate(end + 4);
    socket->setProperty("handled", true);

    // "GET /path?query HTTP/1.1": routes go by path alone.
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    QByteArray path = requestLine.value(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    m_requests.append(head);
    m_paths.append(path);

    const auto route = m_routes.constFind(path);
    if (route != m_routes.constEnd())
        (*route)(socket);
    else
        canned(response(404, "Not Found", {"Content-Type: text/plain"}, "no such path"))(socket);
}

QByteArray headerValue(const QByteArray &rawRequest, const QByteArray &name)
{
    const QList<QByteArray> lines = rawRequest.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

namespace {
quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}
} // namespace

QByteArray gzip(const QByteArray &data)
{
    // qCompress: a 4-byte length, then a zlib stream (2-byte header, raw deflate, 4-byte Adler-32).
    // gzip wraps the same raw deflate in its own 10-byte header and a CRC-32 + size trailer.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += deflate;
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size()));
    return out;
}

} // namespace Attend::Test
