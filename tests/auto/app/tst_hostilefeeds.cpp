#include "app/appshell.h"
#include "library/conferencelibrary.h"
#include "library/feedcache.h"
#include "models/agenda.h"
#include "models/conferences.h"
#include "models/safemarkup.h"
#include "models/sessiondetails.h"
#include "schedule/schedulestore.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJSValue>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Attend;

namespace {

// The regression feeds name their image at this address (port 9, discard): the test points it at
// a server of its own, which must never be asked.
const QByteArray pixelHost = QByteArrayLiteral("127.0.0.1:9/");

// Every item of the scene, popups' (they live in the window's overlay) included.
void collectItems(QQuickItem *item, QList<QQuickItem *> *items)
{
    items->append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collectItems(child, items);
}

// Qt Quick's Text (the style controls' labels too) renders text as styled text when its format is
// AutoText and the text looks like markup: that is what loaded images and crashed. Every text item
// on screen whose text looks like markup must say PlainText.
// The two labels that show feed text as markup (search highlights, clickable links) must show
// exactly what SafeMarkup made of their plain text: every character of the feed escaped, only the
// escaper's own tags added (tests/auto/domain/tst_searchtext.cpp pins the escapers down).
bool isSafeMarkupOfItsPlainText(const QQuickItem *item, const QString &text)
{
    const QString type = QString::fromLatin1(item->metaObject()->className());
    const QString plainText = item->property("plainText").toString();
    if (type.startsWith(QLatin1String("HighlightedLabel_QMLTYPE"))) {
        QVariant words = item->property("words");
        if (words.canConvert<QJSValue>())
            words = words.value<QJSValue>().toVariant();
        return text == SafeMarkup::html(plainText, words.toStringList());
    }
    if (type.startsWith(QLatin1String("LinkedTextLabel_QMLTYPE")))
        return text == SafeMarkup::linkified(plainText);
    return false;
}

QStringList textsShownAsMarkup(QQuickWindow *window)
{
    QList<QQuickItem *> items;
    collectItems(window->contentItem(), &items);
    QStringList found;
    for (QQuickItem *item : std::as_const(items)) {
        if (!item->inherits("QQuickText") || !item->isVisible())
            continue;
        const QString text = item->property("text").toString();
        const int format = item->property("textFormat").toInt(); // Text.PlainText is 0
        if (format != 0 && isSafeMarkupOfItsPlainText(item, text))
            continue;
        if (format != 0 && Qt::mightBeRichText(text))
            found << QStringLiteral("%1 (format %2): %3").arg(QString::fromLatin1(item->metaObject()->className())).arg(format).arg(text.left(120));
    }
    return found;
}

QObject *findByName(QQuickWindow *window, const char *name)
{
    return window->findChild<QObject *>(QLatin1String(name));
}

} // namespace

// Every feed the tests hold and every regression input found by fuzzing (and the hand-made hostile
// ones) opened in the running window, offscreen, as `attend --feed FILE` does; then the app started
// again on what it kept. The window must be up each time; a refused file says why in one line.
class TestHostileFeeds : public QObject
{
    Q_OBJECT

private:
    QTcpServer m_pixelServer;
    int m_pixelRequests = 0;
    QStringList m_markup; // texts shown as markup, checked at the end (after the image requests)

    // Renders the scene for real (a grab renders synchronously) and lets image loads start.
    bool render(QQuickWindow *window)
    {
        QCoreApplication::processEvents();
        const QImage frame = window->grabWindow();
        QCoreApplication::processEvents();
        return !frame.isNull();
    }

    // Shows every page and popup a feed's text can reach, rendering each and checking its texts.
    void visitEverything(AppShell &shell)
    {
        QQuickWindow *window = shell.window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(render(window));
        QStringList &markup = m_markup;
        markup += textsShownAsMarkup(window);

        QObject *home = findByName(window, "homePage");
        QVERIFY(home);
        for (int tab = 0; tab < 4; ++tab) { // Agenda, My schedule, Now & Next, Speakers
            home->setProperty("currentTab", tab);
            QVERIFY(render(window));
            markup += textsShownAsMarkup(window);
        }
        home->setProperty("currentTab", 0);
        if (QObject *grid = findByName(window, "gridToggle")) {
            grid->setProperty("checked", true);
            QVERIFY(render(window));
            markup += textsShownAsMarkup(window);
            grid->setProperty("checked", false);
        }

        QObject *root = window;
        const QList<Session> &sessions = shell.agenda()->conference().sessions;
        for (qsizetype i = 0; i < std::min<qsizetype>(sessions.size(), 3); ++i) {
            QVERIFY(QMetaObject::invokeMethod(root, "openSession", Q_ARG(QString, sessions.at(i).key)));
            QVERIFY(render(window));
            markup += textsShownAsMarkup(window);
            QVERIFY(QMetaObject::invokeMethod(root, "goBack"));
        }
        QVERIFY(QMetaObject::invokeMethod(root, "openConference"));
        QVERIFY(render(window));
        markup += textsShownAsMarkup(window);
        QVERIFY(QMetaObject::invokeMethod(root, "goBack"));

        // Every popup: the conference menu, the track and room choices, the dialogs.
        QList<QObject *> popups;
        for (QObject *object : window->findChildren<QObject *>()) {
            if (object->inherits("QQuickPopup") && !object->inherits("QQuickToolTip"))
                popups << object;
        }
        if (QObject *remove = findByName(window, "removeConferenceDialog"))
            remove->setProperty("conferenceTitle", shell.agenda()->title());
        for (QObject *popup : std::as_const(popups)) {
            QVERIFY(QMetaObject::invokeMethod(popup, "open"));
            QVERIFY(render(window));
            markup += textsShownAsMarkup(window);
            QVERIFY(QMetaObject::invokeMethod(popup, "close"));
        }
        QVERIFY(render(window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_pixelServer.listen(QHostAddress::LocalHost));
        connect(&m_pixelServer, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_pixelServer.nextPendingConnection()) {
                ++m_pixelRequests;
                socket->abort();
                socket->deleteLater();
            }
        });
    }

    void init()
    {
        // Each input starts on a fresh data folder, as a new user would.
        QFile::remove(ScheduleStore::defaultPath());
        QFile::remove(ConferenceLibrary::defaultPath());
        QDir(FeedCache::defaultRoot()).removeRecursively();
        QSettings().clear();
        m_pixelRequests = 0;
        m_markup.clear();
    }

    void openThenRestartOnTheKeptCopy_data()
    {
        QTest::addColumn<QString>("path");
        const QString data = QStringLiteral(ATTEND_TEST_DATA);
        // Found at run time: inputs added to either folder later are opened too.
        for (const QString &folder : {QStringLiteral("feeds"), QStringLiteral("fuzz-regressions")}) {
            QStringList paths;
            QDirIterator it(data + QLatin1Char('/') + folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!path.endsWith(QLatin1String(".md")))
                    paths << path;
            }
            paths.sort();
            for (const QString &path : std::as_const(paths))
                QTest::addRow("%s", qPrintable(QDir(data).relativeFilePath(path))) << path;
        }
    }

    void openThenRestartOnTheKeptCopy()
    {
        QFETCH(QString, path);
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        const bool namesThePixel = bytes.contains(pixelHost);
        bytes.replace(pixelHost, QByteArrayLiteral("127.0.0.1:") + QByteArray::number(m_pixelServer.serverPort()) + '/');

        QTemporaryDir dir;
        // The file name is kept: the format is guessed from it as from the content.
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        QString openedId;
        {
            AppShell shell;
            CommandLineOptions options;
            options.feed = copy;
            QVERIFY(shell.start(options));
            const QString error = shell.agenda()->loadError();
            if (!error.isEmpty()) {
                // Refused: said in one line, and the window stays up on what it had.
                qInfo().noquote() << "refused:" << error;
                QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
            } else {
                openedId = shell.conferences()->currentId();
            }
            visitEverything(shell);
            if (QTest::currentTestFailed())
                return;
        }
        {
            // Started again on the same data folder: the kept copy is what opens now.
            AppShell shell;
            QVERIFY(shell.start(CommandLineOptions{}));
            if (!openedId.isEmpty())
                QCOMPARE(shell.conferences()->currentId(), openedId);
            visitEverything(shell);
            if (QTest::currentTestFailed())
                return;
        }
        if (namesThePixel)
            QTest::qWait(300); // image loads run in a thread of their own: give one time to connect
        QCOMPARE(m_pixelRequests, 0);
        m_markup.removeDuplicates();
        QVERIFY2(m_markup.isEmpty(), qPrintable(m_markup.join(QLatin1Char('\n'))));
    }

    // A session's links open in the desktop's handler for their scheme: only web links are offered.
    void offersOnlyWebLinks()
    {
        AppShell shell;
        CommandLineOptions options;
        options.feed = QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/xml/html-in-titles.xml");
        QVERIFY(shell.start(options));
        QCOMPARE(shell.agenda()->loadError(), QString());
        SessionDetails details;
        details.setAgenda(shell.agenda());
        details.setSessionKey(shell.agenda()->conference().sessions.constFirst().key);
        QStringList urls;
        for (const QVariant &link : details.links())
            urls << link.toMap().value(QStringLiteral("url")).toString();
        // The feed gives two: https slides and a javascript: link.
        QCOMPARE(urls, QStringList{QStringLiteral("https://example.org/slides")});
    }
};

int main(int argc, char **argv)
{
    // No notification service and no tray, and settings in a folder of the test's own.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/attend-test-bus");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    TestHostileFeeds test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostilefeeds.moc"
