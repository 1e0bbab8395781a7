#include "desktop/traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Attend;

namespace {
// What a tray shows for a tooltip: Qt's QLabel and Qt Quick's Text both guess rich text this way.
QString shownAsAutoText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}
} // namespace

// The tray's menu and tooltip carry a session title from the feed: it must show as it came.
class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedTextShowsAsItCame_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addRow("ampersand") << QStringLiteral("R&D for Rust & C++");
        QTest::addRow("double ampersand") << QStringLiteral("A && B");
        QTest::addRow("image") << QStringLiteral("<img src=\"http://127.0.0.1:9/pixel.png\"> Tracking");
        QTest::addRow("bold and script link") << QStringLiteral("<b>Bold</b> <a href=\"javascript:alert(1)\">js</a>");
        QTest::addRow("entity lookalike") << QStringLiteral("1 &lt; 2 &amp; 3");
        QTest::addRow("qt tag") << QStringLiteral("<qt>shout</qt>");
        QTest::addRow("plain") << QStringLiteral("Keynote");
    }
    void feedTextShowsAsItCame()
    {
        QFETCH(QString, title);
        TrayController tray;
        tray.setNextSession(title, QStringLiteral("10:00"), QStringLiteral("conf"), QStringLiteral("key"));

        QAction *next = tray.icon()->contextMenu()->actions().constFirst();
        // The menu takes & as a mnemonic mark: what it shows (iconText strips the marks) is the title.
        QCOMPARE(next->iconText(), QStringLiteral("Next: %1 (10:00)").arg(title));
        QVERIFY(next->isEnabled());

        const QString tip = tray.icon()->toolTip();
        QCOMPARE(shownAsAutoText(tip), QStringLiteral("Attend \u2014 next: %1, 10:00").arg(title));
        if (!title.contains(QLatin1Char('<')) && !title.contains(QLatin1Char('&')))
            QCOMPARE(tip, QStringLiteral("Attend \u2014 next: %1, 10:00").arg(title)); // nothing to escape: as is
    }

    void lineBreaksAndTabsStayOnOneMenuLine()
    {
        TrayController tray;
        tray.setNextSession(QStringLiteral("One\ttwo\nthree\u2028four"), QStringLiteral("10:00"), QStringLiteral("conf"),
                            QStringLiteral("key"));
        QAction *next = tray.icon()->contextMenu()->actions().constFirst();
        // A tab would start the shortcut column, a line break a second line.
        QCOMPARE(next->text(), QStringLiteral("Next: One two three four (10:00)"));
    }

    void noSessionAheadIsDisabled()
    {
        TrayController tray;
        tray.setNextSession(QString(), QString(), QString(), QString());
        QAction *next = tray.icon()->contextMenu()->actions().constFirst();
        QVERIFY(!next->isEnabled());
        QCOMPARE(tray.icon()->toolTip(), QStringLiteral("Attend"));
    }

    void joinEntryForASessionOnNow()
    {
        TrayController tray;
        QSignalSpy join(&tray, &TrayController::joinRequested);
        QAction *entry = tray.icon()->contextMenu()->actions().at(1);
        QVERIFY(!entry->isVisible()); // nothing to join: no entry
        QCOMPARE(tray.joinText(), QString());

        tray.setJoinSession(QStringLiteral("Rust & C++"), QStringLiteral("conf"), QStringLiteral("key"),
                            QUrl(QStringLiteral("https://meet.jit.si/rust")));
        QVERIFY(entry->isVisible());
        QCOMPARE(entry->iconText(), QStringLiteral("Join: Rust & C++"));
        entry->trigger();
        QCOMPARE(join.size(), 1);
        QCOMPARE(join.at(0), (QVariantList{QStringLiteral("conf"), QStringLiteral("key"), QUrl(QStringLiteral("https://meet.jit.si/rust"))}));

        // Only http(s) is ever offered.
        tray.setJoinSession(QStringLiteral("Evil"), QStringLiteral("conf"), QStringLiteral("key"),
                            QUrl(QStringLiteral("file:///usr/share/applications/evil.desktop")));
        QVERIFY(!entry->isVisible());
        entry->trigger();
        QCOMPARE(join.size(), 1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // a QMenu needs widgets
    TestTrayController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_traycontroller.moc"
