// Looking at a feed before adding it: a file or an http address, downloaded once and parsed,
// with the validators the copy will keep; and every way it can fail, in plain words. The web
// server is the test's own, on loopback.
#include "../feedproxy.h"
#include "library/feedprobe.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

Q_DECLARE_METATYPE(Attend::FeedProbeResult)

namespace {
QString feedPath(const char *name)
{
    return QStringLiteral(ATTEND_TEST_DATA "/feeds/") + QLatin1String(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Probes and waits for the answer. */
FeedProbeResult probe(FeedProbe &feedProbe, const QUrl &url)
{
    QSignalSpy finished(&feedProbe, &FeedProbe::finished);
    feedProbe.probe(url, {});
    if (!finished.wait(10000) || finished.count() != 1)
        return {};
    return finished.constFirst().constFirst().value<FeedProbeResult>();
}
} // namespace


class TestFeedProbe : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    Test::FeedProxy m_server;

    QUrl served(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(QLatin1String(path)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<FeedProbeResult>();
        QVERIFY(m_server.listen());
        m_server.serve(QStringLiteral("/democon.xml"), {readFile(feedPath("pretalx-democon-2022.xml")), "application/xml",
                                                        "\"v1.43\"", "Mon, 05 Sep 2022 18:00:00 GMT"});
        m_server.serve(QStringLiteral("/error-page.html"), {"<!DOCTYPE html><html><body>Not a feed</body></html>", "text/html",
                                                            "\"e\"", "Mon, 05 Sep 2022 18:00:00 GMT"});
    }

    void readsAFile()
    {
        FeedProbe feedProbe(&m_network);
        const FeedProbeResult result = probe(feedProbe, QUrl::fromLocalFile(feedPath("kielux-2020.ics")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.conference.sessions.size(), 24);
        QCOMPARE(result.body, readFile(feedPath("kielux-2020.ics")));
        QCOMPARE(result.url, QUrl::fromLocalFile(feedPath("kielux-2020.ics")));
        QVERIFY(!feedProbe.isBusy());
    }

    void aFileAnswersLaterNotAtOnce()
    {
        // Callers connect after calling: the answer never comes from inside probe().
        FeedProbe feedProbe(&m_network);
        QSignalSpy finished(&feedProbe, &FeedProbe::finished);
        feedProbe.probe(QUrl::fromLocalFile(feedPath("kielux-2020.ics")), {});
        QCOMPARE(finished.count(), 0);
        QVERIFY(feedProbe.isBusy());
        QVERIFY(finished.wait(5000));
    }

    void downloadsOverHttpWithValidators()
    {
        FeedProbe feedProbe(&m_network);
        const FeedProbeResult result = probe(feedProbe, served("/democon.xml"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.conference.title, QStringLiteral("DemoCon"));
        QCOMPARE(result.conference.sessions.size(), 35);
        QCOMPARE(result.fetch.validators.etag, QStringLiteral("\"v1.43\""));
        QCOMPARE(result.fetch.validators.lastModified, QStringLiteral("Mon, 05 Sep 2022 18:00:00 GMT"));
        QCOMPARE(result.fetch.maxAgeSeconds.value_or(-1), 600);
        QCOMPARE(result.body.size(), readFile(feedPath("pretalx-democon-2022.xml")).size());
        QVERIFY(result.fetch.body.isEmpty()); // one copy of the bytes
        QCOMPARE(m_server.requests().constLast().headers.value("if-none-match"), QByteArray()); // a first look is unconditional
    }

    void failures_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("problem"); // FetchResult::Problem, or -1: the feed did not parse
        QTest::addRow("a missing file") << QUrl::fromLocalFile(QStringLiteral("/nonexistent/feed.xml")).toString() << -2;
        QTest::addRow("a file that is no feed") << QUrl::fromLocalFile(feedPath("README.md")).toString() << -1;
        QTest::addRow("not http") << QStringLiteral("ftp://example.org/feed.xml") << int(FetchResult::Problem::Network);
        QTest::addRow("404") << QStringLiteral("/missing.xml") << int(FetchResult::Problem::Http);
        QTest::addRow("an HTML page") << QStringLiteral("/error-page.html") << -1;
    }
    void failures()
    {
        QFETCH(QString, url);
        QFETCH(int, problem);
        FeedProbe feedProbe(&m_network);
        const QUrl target = url.startsWith(QLatin1Char('/')) ? served(url.toLatin1().constData()) : QUrl(url);
        const FeedProbeResult result = probe(feedProbe, target);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.url, target);
        QVERIFY(result.body.isEmpty());
        if (problem == -1)
            QCOMPARE(result.problem, FetchResult::Problem::None); // fetched fine, did not parse
        else if (problem >= 0)
            QCOMPARE(result.problem, FetchResult::Problem(problem));
        else
            QVERIFY(result.problem != FetchResult::Problem::None);
    }

    void abortSaysNothing()
    {
        FeedProbe feedProbe(&m_network);
        QSignalSpy finished(&feedProbe, &FeedProbe::finished);
        feedProbe.probe(served("/democon.xml"), {});
        QVERIFY(feedProbe.isBusy());
        feedProbe.abort();
        QVERIFY(!feedProbe.isBusy());
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
    }

    void aNewProbeReplacesTheOld()
    {
        FeedProbe feedProbe(&m_network);
        QSignalSpy finished(&feedProbe, &FeedProbe::finished);
        feedProbe.probe(served("/democon.xml"), {});
        feedProbe.probe(QUrl::fromLocalFile(feedPath("kielux-2020.ics")), {});
        QVERIFY(finished.wait(5000));
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<FeedProbeResult>().conference.sessions.size(), 24);
    }
};

QTEST_GUILESS_MAIN(TestFeedProbe)
#include "tst_feedprobe.moc"
