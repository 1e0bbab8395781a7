// Attend in a real (stand-in) tray: a StatusNotifierWatcher on the session bus makes Qt use its
// D-Bus tray. Started with --background, Attend shows no window, registers its tray item, names
// the next bookmarked session in the item's tooltip, and a click on the item brings the window.
#include "schedule/personalschedule.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusArgument>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {
bool attendWindowVisible()
{
    QProcess xdotool;
    xdotool.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), QStringLiteral("^Attend$")});
    xdotool.waitForFinished(5000);
    return !xdotool.readAllStandardOutput().trimmed().isEmpty();
}

/** The first item the StatusNotifierWatcher holds, as "service" (path part dropped); empty if none. */
QString registeredItem()
{
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("/StatusNotifierWatcher"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.kde.StatusNotifierWatcher") << QStringLiteral("RegisteredStatusNotifierItems");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    const QStringList items = reply.arguments().constFirst().value<QDBusVariant>().variant().toStringList();
    return items.isEmpty() ? QString() : items.constFirst().section(QLatin1Char('/'), 0, 0);
}

/** The text part of a StatusNotifierItem's ToolTip, (s a(iiay) s s): title and description. */
QString toolTipOf(const QString &service)
{
    QDBusMessage get = QDBusMessage::createMethodCall(service, QStringLiteral("/StatusNotifierItem"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.kde.StatusNotifierItem") << QStringLiteral("ToolTip");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return QStringLiteral("<no reply: %1>").arg(reply.errorMessage());
    const QDBusArgument tip = reply.arguments().constFirst().value<QDBusVariant>().variant().value<QDBusArgument>();
    QString iconName, title, text;
    tip.beginStructure();
    tip >> iconName;
    tip.beginArray();
    while (!tip.atEnd()) {
        int width = 0, height = 0;
        QByteArray bytes;
        tip.beginStructure();
        tip >> width >> height >> bytes;
        tip.endStructure();
    }
    tip.endArray();
    tip >> title >> text;
    tip.endStructure();
    return title + QLatin1Char('|') + text;
}
} // namespace

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backgroundStartLivesInTheTray()
    {
        if (qEnvironmentVariableIsEmpty("ATTEND_DUNST_PICK_FILE"))
            QFAIL("run me through tests/desktop/run-with-notification-server.sh (ctest does)");
        QProcess watcher;
        watcher.setProcessChannelMode(QProcess::MergedChannels);
        watcher.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(ATTEND_SNI_WATCHER)});
        QVERIFY(watcher.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QDBusConnection::sessionBus().interface()->isServiceRegistered(QStringLiteral("org.kde.StatusNotifierWatcher")), 10000);

        QTemporaryDir home;
        {
            PersonalSchedule schedule{ScheduleStore(home.filePath(QStringLiteral("data/Attend/attend/schedule.json")))};
            schedule.load();
            Bookmark next;
            next.conferenceId = QStringLiteral("rethinkconn2022");
            next.key = QStringLiteral("g:future");
            next.title = QStringLiteral("A session next week");
            next.start = QDateTime::currentDateTimeUtc().addDays(7);
            next.end = next.start.addSecs(1800);
            schedule.addBookmark(next);
        }
        QProcess attend;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        attend.setProcessEnvironment(environment);
        attend.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        attend.start(QStringLiteral(ATTEND_BINARY), {QStringLiteral("--background")});
        QVERIFY(attend.waitForStarted());

        // Its item registers with the watcher (under its connection's unique name)...
        QString service;
        QTRY_VERIFY_WITH_TIMEOUT(!(service = registeredItem()).isEmpty(), 15000);
        // ...no window is shown...
        QTest::qWait(1500);
        QVERIFY(!attendWindowVisible());
        // ...its tooltip names the next bookmarked session...
        QTRY_VERIFY2_WITH_TIMEOUT(toolTipOf(service).contains(QLatin1String("A session next week")), qPrintable(toolTipOf(service)), 5000);

        // ...and a click on the item brings the window.
        QDBusMessage activate = QDBusMessage::createMethodCall(service, QStringLiteral("/StatusNotifierItem"),
                                                               QStringLiteral("org.kde.StatusNotifierItem"), QStringLiteral("Activate"));
        activate << 0 << 0;
        const QDBusMessage reply = QDBusConnection::sessionBus().call(activate, QDBus::Block, 5000);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        // Polled by wall time: each look runs xdotool, which QTRY's step counting would not see.
        QElapsedTimer waited;
        waited.start();
        bool shown = false;
        while (!(shown = attendWindowVisible()) && waited.elapsed() < 20000)
            QTest::qWait(200);
        QVERIFY2(shown, "the window did not appear within 20 s of a click on the tray item");

        attend.terminate();
        QVERIFY(attend.waitForFinished(10000));
        watcher.kill();
        watcher.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestTray)
#include "tst_tray.moc"
