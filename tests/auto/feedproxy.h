#pragma once

// A tiny HTTP proxy on loopback that serves feeds for made-up addresses (http://feeds.attend.invalid/…),
// with an ETag, a Last-Modified and a max-age, and answers 304 to a conditional GET that names the
// ETag it serves. QNetworkProxy::setApplicationProxy points Attend at it: the addresses in the files
// Attend writes stay the same on every machine, and nothing leaves the machine.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

namespace Attend::Test {

class FeedProxy
{
public:
    struct Feed {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;         // with its quotes
        QByteArray lastModified; // an HTTP date
    };
    /** One request as it arrived: its absolute URL and its headers, names in lower case. */
    struct Request {
        QString url;
        QHash<QByteArray, QByteArray> headers;
    };

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    void serve(const QString &url, const Feed &feed) { m_feeds.insert(url, feed); }
    const QList<Request> &requests() const { return m_requests; }

    FeedProxy()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
            }
        });
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.url = QString::fromLatin1(requestLine.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        m_requests.append(request);

        QByteArray answer;
        const auto it = m_feeds.constFind(request.url);
        if (it == m_feeds.constEnd()) {
            answer = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else if (request.headers.value("if-none-match") == it->etag) {
            answer = "HTTP/1.1 304 Not Modified\r\nETag: " + it->etag + "\r\nCache-Control: max-age=600\r\nConnection: close\r\n\r\n";
        } else {
            answer = "HTTP/1.1 200 OK\r\nContent-Type: " + it->contentType + "\r\nContent-Length: " + QByteArray::number(it->body.size())
                + "\r\nETag: " + it->etag + "\r\nLast-Modified: " + it->lastModified
                + "\r\nCache-Control: max-age=600\r\nConnection: close\r\n\r\n" + it->body;
        }
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QString, Feed> m_feeds;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};

} // namespace Attend::Test
