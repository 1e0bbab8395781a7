#include "app/appshell.h"
#include "models/agenda.h"
#include "models/timeformatter.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Attend;

// Starts the real window on the built-in agenda, offscreen, as the app does, and looks at it.
class TestSmoke : public QObject
{
    Q_OBJECT

private:
    static QObject *find(QQmlApplicationEngine *engine, const char *name)
    {
        return engine->rootObjects().isEmpty() ? nullptr : engine->rootObjects().first()->findChild<QObject *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void showsTheBuiltInAgenda()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        auto *window = qobject_cast<QQuickWindow *>(shell.engine()->rootObjects().constFirst());
        QVERIFY(window);
        QCOMPARE(window->title(), QStringLiteral("Attend"));
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QObject *list = find(shell.engine(), "sessionList");
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 17);

        // Search as you type narrows what is on screen.
        QObject *search = find(shell.engine(), "searchField");
        QVERIFY(search);
        search->setProperty("text", QStringLiteral("kafka"));
        QTRY_COMPARE(list->property("count").toInt(), 1);
        search->setProperty("text", QString());
        QTRY_COMPARE(list->property("count").toInt(), 17);
    }

    void brokenFeedFallsBackAndSaysWhy()
    {
        AppShell shell;
        CommandLineOptions options;
        options.feed = QStringLiteral("/nonexistent/agenda.xml");
        QVERIFY(shell.start(options));
        QVERIFY(shell.agenda()->loadError().contains(QLatin1String("/nonexistent/agenda.xml")));
        QObject *list = find(shell.engine(), "sessionList");
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 17);
    }

    void eventZoneOptionSwitchesTheDisplay()
    {
        AppShell shell;
        CommandLineOptions options;
        options.zone = QStringLiteral("event");
        QVERIFY(shell.start(options));
        QVERIFY(shell.formatter()->useEventZone());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestSmoke test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smoke.moc"
