#include "desktop/freedesktopnotifier.h"
#include "desktop/inwindownotifier.h"
#include "desktop/remindernotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusError>
#include <QDBusMessage>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace Attend;

// Two halves. The fake-server tests start a private bus of their own, register a stand-in
// org.freedesktop.Notifications on it and check exactly what Attend sends and how it reads the
// server's signals, failures included. The dunst tests need the real server that
// run-with-notification-server.sh starts (Xvfb + session bus + dunst) and prove a notice reaches
// it, is recorded as sent, and that dunst's click, "Open" and "Snooze" come back.

namespace {

const QString notificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString notificationsPath = QStringLiteral("/org/freedesktop/Notifications");

ReminderNotice notice(const QString &key = QStringLiteral("talk-1"))
{
    ReminderNotice n;
    n.conferenceId = QStringLiteral("rethinkconn-2022");
    n.sessionKey = key;
    n.summary = QStringLiteral("Rethinking connectivity");
    n.body = QStringLiteral("Starts 18:20 (your time) · Online");
    return n;
}

} // namespace

/** A stand-in notification server: records every call and emits the signals the test asks for. */
class FakeNotificationServer : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};
    int capabilityCalls = 0;
    QList<Call> calls;
    bool failNotify = false;
    uint nextId = 41;
    QList<uint> closed; // ids asked to close, in order

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        ++capabilityCalls;
        return capabilities;
    }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        if (failNotify) {
            sendErrorReply(QDBusError::Failed, QStringLiteral("the server is out of bubbles"));
            return 0;
        }
        calls.append(Call{appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return nextId++;
    }

    void CloseNotification(uint id)
    {
        closed.append(id);
        Q_EMIT NotificationClosed(id, 3);
    }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Attend tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

/** A dbus-daemon of the test's own, which can start nothing (no service files): nothing real is touched. */
class PrivateBus
{
public:
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n"
            "  <type>session</type>\n"
            "  <listen>unix:dir=%1</listen>\n"
            "  <auth>EXTERNAL</auth>\n"
            "  <policy context=\"default\">\n"
            "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
            "    <allow eavesdrop=\"true\"/>\n"
            "    <allow own=\"*\"/>\n"
            "  </policy>\n"
            "</busconfig>\n").arg(m_dir.path()).toUtf8());
        file.close();
        m_daemon.setProgram(QStringLiteral("dbus-daemon"));
        m_daemon.setArguments({QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
        m_daemon.start();
        if (!m_daemon.waitForStarted(5000))
            return false;
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(5000))
                return false;
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return !m_address.isEmpty();
    }

    ~PrivateBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    /** A new connection to this bus, under a name of its own. */
    QDBusConnection connect(const QString &name) const { return QDBusConnection::connectToBus(m_address, name); }
    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

class TestFreedesktopNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeNotificationServer> m_server;
    QStringList m_connectionNames;
    int m_round = 0;

    QDBusConnection openConnection(const QString &role)
    {
        const QString name = QStringLiteral("attend-%1-%2").arg(role).arg(m_round);
        m_connectionNames.append(name);
        return m_bus->connect(name);
    }

    /** The fake server on its own connection, owning the well-known name. */
    bool startServer()
    {
        QDBusConnection serverBus = openConnection(QStringLiteral("server"));
        return serverBus.isConnected()
            && serverBus.registerObject(notificationsPath, m_server.get(), QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && serverBus.registerService(notificationsService);
    }

    /** What dunstctl prints; a failure prints a line of its own, so comparing with "" catches it. */
    static QString dunstctl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("dunstctl"), arguments);
        if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            return QStringLiteral("<dunstctl %1 failed: %2>")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError()).trimmed());
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    /** Picks an entry of dunst's context menu: the runner's stand-in for dmenu reads this file. */
    static bool pickNextMenuEntry(uint id, const QString &actionKey)
    {
        QFile pick(qEnvironmentVariable("ATTEND_DUNST_PICK_FILE"));
        if (!pick.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        pick.write(QStringLiteral("%1,%2").arg(id).arg(actionKey).toUtf8());
        return true;
    }

    /** dunstctl history as id → fields ({"type": …, "data": …} unwrapped). */
    static QHash<int, QVariantMap> dunstHistory()
    {
        QHash<int, QVariantMap> entries;
        const QJsonDocument json = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")}).toUtf8());
        const QJsonArray lists = json.object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &list : lists) {
            for (const QJsonValue &entry : list.toArray()) {
                QVariantMap fields;
                const QJsonObject object = entry.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    fields.insert(it.key(), it.value().toObject().value(QStringLiteral("data")).toVariant());
                entries.insert(fields.value(QStringLiteral("id")).toInt(), fields);
            }
        }
        return entries;
    }

    /** True under run-with-notification-server.sh, which starts dunst (CI always runs the test so). */
    static bool underTheRunner() { return !qEnvironmentVariableIsEmpty("ATTEND_DUNST_PICK_FILE"); }

private Q_SLOTS:
    void init()
    {
        ++m_round;
        m_bus = std::make_unique<PrivateBus>();
        m_server = std::make_unique<FakeNotificationServer>();
    }

    void cleanup()
    {
        for (const QString &name : std::exchange(m_connectionNames, {}))
            QDBusConnection::disconnectFromBus(name);
        m_server.reset();
        m_bus.reset();
    }

    // ---- against a stand-in server on a private bus ----

    void sendsTheNoticeWithActionsAndHints()
    {
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QVERIFY(desktop.isAvailable());
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy failed(&desktop, &FreedesktopNotifier::deliveryFailed);

        desktop.notify(notice(QStringLiteral("talk-1")));
        desktop.notify(notice(QStringLiteral("talk-2")));
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_server->capabilityCalls, 1); // asked once, on first use
        QCOMPARE(desktop.serverCapabilities(), m_server->capabilities);
        QCOMPARE(delivered.at(0).at(1).toUInt(), 41u);
        QCOMPARE(delivered.at(1).at(1).toUInt(), 42u);

        QCOMPARE(m_server->calls.size(), 2);
        const FakeNotificationServer::Call &call = m_server->calls.constFirst();
        QCOMPARE(call.appName, QStringLiteral("Attend"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.appIcon, QStringLiteral("io.github.attend.Attend"));
        QCOMPARE(call.summary, QStringLiteral("Rethinking connectivity"));
        QCOMPARE(call.body, QStringLiteral("Starts 18:20 (your time) · Online"));
        // "Open" once, as the default action (a click on the bubble); no Join without a join link.
        QCOMPARE(call.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open"),
                                            QStringLiteral("snooze"), QStringLiteral("Snooze 5 min")}));
        // A reminder asks to stay until dismissed, and never as "critical".
        QCOMPARE(call.expireTimeout, 0);
        QCOMPARE(call.hints.size(), 4);
        QCOMPARE(call.hints.value(QStringLiteral("resident")), QVariant(true));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.github.attend.Attend"));
        QCOMPARE(call.hints.value(QStringLiteral("category")).toString(), QStringLiteral("x-attend.reminder"));
        // The spec wants a byte; servers ignore an int32 urgency.
        const QVariant urgency = call.hints.value(QStringLiteral("urgency"));
        QCOMPARE(urgency.metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(urgency.value<uchar>(), uchar(1));

        // Notices sent after the capabilities are known go straight out, without asking again.
        desktop.notify(notice(QStringLiteral("talk-3")));
        QTRY_COMPARE(delivered.size(), 3);
        QCOMPARE(m_server->capabilityCalls, 1);
    }

    void offersJoinWithAJoinLink()
    {
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy join(&desktop, &Notifier::joinRequested);
        QSignalSpy open(&desktop, &Notifier::openRequested);
        ReminderNotice withLink = notice(QStringLiteral("talk-1"));
        withLink.joinLink = QUrl(QStringLiteral("https://synadia.com/events/rethink/2022"));
        ReminderNotice hostile = notice(QStringLiteral("talk-2"));
        hostile.joinLink = QUrl(QStringLiteral("file:///usr/share/applications/evil.desktop"));
        ReminderNotice news = notice(QStringLiteral("talk-3")); // a session moved: news, not a reminder
        news.canSnooze = false;
        desktop.notify(withLink);
        desktop.notify(hostile);
        desktop.notify(news);
        QTRY_COMPARE(delivered.size(), 3);
        QCOMPARE(m_server->calls.at(0).actions,
                 (QStringList{QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("join"), QStringLiteral("Join"),
                              QStringLiteral("snooze"), QStringLiteral("Snooze 5 min")}));
        QCOMPARE(m_server->calls.at(1).actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open"),
                                                             QStringLiteral("snooze"), QStringLiteral("Snooze 5 min")}));
        QCOMPARE(m_server->calls.at(2).actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open")}));
        QCOMPARE(m_server->calls.at(2).expireTimeout, -1); // news goes away by the server's own timeout
        QVERIFY(!m_server->calls.at(2).hints.contains(QStringLiteral("resident")));

        const uint first = delivered.at(0).at(1).toUInt();
        const uint second = delivered.at(1).at(1).toUInt();
        Q_EMIT m_server->ActionInvoked(second, QStringLiteral("join")); // not offered there: nothing happens
        Q_EMIT m_server->ActionInvoked(first, QStringLiteral("join"));
        QTRY_COMPARE(join.size(), 1);
        QCOMPARE(join.at(0), (QVariantList{QStringLiteral("rethinkconn-2022"), QStringLiteral("talk-1"),
                                           QUrl(QStringLiteral("https://synadia.com/events/rethink/2022"))}));
        QCOMPARE(open.size(), 0);
        // Joined: the notice leaves the screen.
        QTRY_COMPARE(m_server->closed, QList<uint>{first});
    }

    void leavesOutActionsTheServerDoesNotOffer()
    {
        m_server->capabilities = {QStringLiteral("body")};
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        desktop.notify(notice());
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(m_server->calls.constFirst().actions, QStringList());
    }

    void escapesTheBodyForAServerThatReadsMarkup()
    {
        ReminderNotice n = notice();
        n.summary = QStringLiteral("Rust & C++ <3");
        n.body = QStringLiteral("Starts 18:20 · Room <B> & C");

        m_server->capabilities = {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")};
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        desktop.notify(n);
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(m_server->calls.constFirst().body, QStringLiteral("Starts 18:20 · Room &lt;B&gt; &amp; C"));
        QCOMPARE(m_server->calls.constFirst().summary, QStringLiteral("Rust & C++ <3")); // the summary is plain text by the spec
        // The notice handed back is the one given, not the escaped text.
        QCOMPARE(delivered.constFirst().constFirst().value<ReminderNotice>().body, n.body);
    }

    void turnsTheServersActionsIntoRequests()
    {
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy open(&desktop, &Notifier::openRequested);
        QSignalSpy snooze(&desktop, &Notifier::snoozeRequested);
        desktop.notify(notice(QStringLiteral("talk-1")));
        desktop.notify(notice(QStringLiteral("talk-2")));
        desktop.notify(notice(QStringLiteral("talk-3")));
        QTRY_COMPARE(delivered.size(), 3);
        const uint first = delivered.at(0).at(1).toUInt();
        const uint second = delivered.at(1).at(1).toUInt();
        const uint third = delivered.at(2).at(1).toUInt();

        Q_EMIT m_server->ActionInvoked(first, QStringLiteral("default")); // a click on the bubble
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.at(0), (QVariantList{QStringLiteral("rethinkconn-2022"), QStringLiteral("talk-1")}));

        // "open": what notices of an older Attend still send.
        Q_EMIT m_server->ActionInvoked(second, QStringLiteral("open"));
        QTRY_COMPARE(open.size(), 2);
        QCOMPARE(open.at(1), (QVariantList{QStringLiteral("rethinkconn-2022"), QStringLiteral("talk-2")}));

        // Signals arrive in order: once the snooze is in, the two before it were seen and ignored.
        Q_EMIT m_server->ActionInvoked(999, QStringLiteral("open"));             // not ours
        Q_EMIT m_server->ActionInvoked(third, QStringLiteral("inline-reply"));   // not an action we offer
        Q_EMIT m_server->ActionInvoked(first, QStringLiteral("snooze"));         // acted on and closed already
        Q_EMIT m_server->ActionInvoked(third, QStringLiteral("snooze"));
        QTRY_COMPARE(snooze.size(), 1);
        QCOMPARE(snooze.at(0), (QVariantList{QStringLiteral("rethinkconn-2022"), QStringLiteral("talk-3")}));
        QCOMPARE(open.size(), 2);
        // Every notice acted on is taken off the screen, the snoozed one too (it comes back in 5 min).
        QTRY_COMPARE(m_server->closed, (QList<uint>{first, second, third}));
    }

    void forgetsANotificationOnceClosed()
    {
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy open(&desktop, &Notifier::openRequested);
        QSignalSpy snooze(&desktop, &Notifier::snoozeRequested);
        desktop.notify(notice(QStringLiteral("talk-1")));
        desktop.notify(notice(QStringLiteral("talk-2")));
        QTRY_COMPARE(delivered.size(), 2);
        const uint first = delivered.at(0).at(1).toUInt();
        const uint second = delivered.at(1).at(1).toUInt();

        Q_EMIT m_server->NotificationClosed(first, 2);
        Q_EMIT m_server->ActionInvoked(first, QStringLiteral("open")); // a stale id, perhaps reused
        Q_EMIT m_server->ActionInvoked(second, QStringLiteral("snooze"));
        QTRY_COMPARE(snooze.size(), 1);
        QCOMPARE(open.size(), 0);
    }

    void ignoresSignalsFromAnyoneButTheServer()
    {
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy open(&desktop, &Notifier::openRequested);
        QSignalSpy snooze(&desktop, &Notifier::snoozeRequested);
        desktop.notify(notice());
        QTRY_COMPARE(delivered.size(), 1);
        const uint id = delivered.at(0).at(1).toUInt();

        // Another program on the bus sends the same signal from the same path.
        QDBusConnection impostor = openConnection(QStringLiteral("impostor"));
        QDBusMessage fake = QDBusMessage::createSignal(notificationsPath, notificationsService, QStringLiteral("ActionInvoked"));
        fake << id << QStringLiteral("open");
        QVERIFY(impostor.send(fake));
        // Then the real server speaks; the impostor's signal, sent first, has been seen by then.
        QTest::qWait(100);
        Q_EMIT m_server->ActionInvoked(id, QStringLiteral("snooze"));
        QTRY_COMPARE(snooze.size(), 1);
        QCOMPARE(open.size(), 0);
    }

    void reportsANotifyTheServerRefuses()
    {
        m_server->failNotify = true;
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy failed(&desktop, &FreedesktopNotifier::deliveryFailed);
        desktop.notify(notice());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ReminderNotice>().sessionKey, QStringLiteral("talk-1"));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("out of bubbles")), qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(delivered.size(), 0);
    }

    void reportsAServerThatLeft()
    {
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy failed(&desktop, &FreedesktopNotifier::deliveryFailed);
        desktop.notify(notice(QStringLiteral("talk-1")));
        QTRY_COMPARE(delivered.size(), 1);

        QDBusConnection::disconnectFromBus(m_connectionNames.constFirst()); // the server goes away
        QTRY_VERIFY(!desktop.isAvailable());
        desktop.notify(notice(QStringLiteral("talk-2")));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ReminderNotice>().sessionKey, QStringLiteral("talk-2"));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("org.freedesktop.DBus.Error")), qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(delivered.size(), 1);

        // A new server comes: it is asked for its own capabilities, and notices reach it again.
        m_server = std::make_unique<FakeNotificationServer>();
        m_server->capabilities = {QStringLiteral("body")};
        ++m_round;
        QVERIFY(startServer());
        QTRY_VERIFY(desktop.isAvailable());
        desktop.notify(notice(QStringLiteral("talk-3")));
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(m_server->capabilityCalls, 1);
        QCOMPARE(m_server->calls.constFirst().actions, QStringList());
    }

    void fallsBackToTheWindowWhenTheServerRefuses()
    {
        m_server->failNotify = true;
        QVERIFY(m_bus->start());
        QVERIFY(startServer());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        InWindowNotifier window;
        QSignalSpy shown(&window, &InWindowNotifier::shown);
        ReminderNotifier notifier({&desktop, &window});

        notifier.deliver(notice());
        QCOMPARE(notifier.lastPath(), QStringLiteral("freedesktop"));
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<ReminderNotice>().sessionKey, QStringLiteral("talk-1"));
        QCOMPARE(notifier.lastPath(), QStringLiteral("window"));
    }

    void isNotAvailableWithoutAServer()
    {
        QVERIFY(m_bus->start());
        FreedesktopNotifier desktop(openConnection(QStringLiteral("notifier")));
        QVERIFY(!desktop.isAvailable());
    }

    // ---- against dunst, started by run-with-notification-server.sh ----

    void dunstShowsTheNotice()
    {
        if (!underTheRunner())
            QSKIP("needs the real server: run through tests/desktop/run-with-notification-server.sh");
        QCOMPARE(dunstctl({QStringLiteral("close-all")}), QString()); // whatever an earlier test left up
        FreedesktopNotifier desktop;
        QVERIFY(desktop.isAvailable());
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy failed(&desktop, &FreedesktopNotifier::deliveryFailed);

        ReminderNotice plain = notice(QStringLiteral("talk-1"));
        ReminderNotice marked = notice(QStringLiteral("talk-2"));
        marked.summary = QStringLiteral("Rust & C++ <3");
        marked.body = QStringLiteral("Starts 18:20 · Room <B> & C");
        desktop.notify(plain);
        desktop.notify(marked);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        QCOMPARE(failed.size(), 0);
        qInfo().noquote() << "dunst offers:" << desktop.serverCapabilities().join(QStringLiteral(", "));
        QVERIFY(desktop.serverCapabilities().contains(QStringLiteral("actions")));
        QVERIFY(desktop.serverCapabilities().contains(QStringLiteral("body-markup")));
        const int plainId = delivered.at(0).at(1).toInt();
        const int markedId = delivered.at(1).at(1).toInt();

        QCOMPARE(dunstctl({QStringLiteral("close-all")}), QString());
        QHash<int, QVariantMap> history;
        QTRY_VERIFY((history = dunstHistory()).contains(plainId) && history.contains(markedId));

        const QVariantMap shown = history.value(plainId);
        QCOMPARE(shown.value(QStringLiteral("summary")).toString(), plain.summary);
        QCOMPARE(shown.value(QStringLiteral("body")).toString(), plain.body);
        QCOMPARE(shown.value(QStringLiteral("appname")).toString(), QStringLiteral("Attend"));
        QCOMPARE(shown.value(QStringLiteral("category")).toString(), QStringLiteral("x-attend.reminder"));
        QCOMPARE(shown.value(QStringLiteral("default_action_name")).toString(), QStringLiteral("default"));

        // dunst reads the body as markup: the escaped text is what makes it show "<B> & C" literally.
        const QVariantMap escaped = history.value(markedId);
        QCOMPARE(escaped.value(QStringLiteral("summary")).toString(), marked.summary);
        QCOMPARE(escaped.value(QStringLiteral("body")).toString(), QStringLiteral("Starts 18:20 · Room &lt;B&gt; &amp; C"));
        QVERIFY2(escaped.value(QStringLiteral("message")).toString().endsWith(QStringLiteral("Room &lt;B&gt; &amp; C")),
                 qPrintable(escaped.value(QStringLiteral("message")).toString()));
    }

    void dunstActionsComeBack()
    {
        if (!underTheRunner())
            QSKIP("needs the real server: run through tests/desktop/run-with-notification-server.sh");
        QCOMPARE(dunstctl({QStringLiteral("close-all")}), QString()); // whatever an earlier test left up
        FreedesktopNotifier desktop;
        QSignalSpy delivered(&desktop, &FreedesktopNotifier::delivered);
        QSignalSpy open(&desktop, &Notifier::openRequested);
        QSignalSpy snooze(&desktop, &Notifier::snoozeRequested);

        QSignalSpy join(&desktop, &Notifier::joinRequested);
        ReminderNotice reminder = notice(QStringLiteral("talk-7"));
        reminder.joinLink = QUrl(QStringLiteral("https://meet.jit.si/attend-talk-7"));
        const QVariantList expected{QStringLiteral("rethinkconn-2022"), QStringLiteral("talk-7")};
        const auto show = [&] {
            const qsizetype before = delivered.size();
            desktop.notify(reminder);
            if (!QTest::qWaitFor([&] { return delivered.size() > before; }, 10000))
                return 0u;
            return delivered.constLast().at(1).toUInt();
        };

        // dunst's context menu lists each action once: Open (the default), Join, Snooze.
        uint id = show();
        QVERIFY(id);
        QTRY_COMPARE(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}), QStringLiteral("1"));

        // "Snooze 5 min" from dunst's context menu (its dmenu is the runner's picker): and it is gone.
        const QString menuPath = qEnvironmentVariable("ATTEND_DUNST_PICK_FILE") + QStringLiteral(".menu");
        QFile::remove(menuPath);
        QVERIFY(pickNextMenuEntry(id, QStringLiteral("snooze")));
        QCOMPARE(dunstctl({QStringLiteral("context")}), QString());
        {
            // The menu dunst offered (the runner's picker keeps a copy): every action once.
            QString menu;
            QTRY_VERIFY([&] {
                QFile menuFile(menuPath);
                if (menuFile.open(QIODevice::ReadOnly))
                    menu = QString::fromUtf8(menuFile.readAll());
                return menu.endsWith(QLatin1Char('\n'));
            }());
            qInfo().noquote() << "dunst's menu:" << QString(menu).replace(QLatin1Char('\n'), QLatin1String(" | "));
            const QString idText = QString::number(id);
            QCOMPARE(menu.count(QStringLiteral("Open")), 1);
            QCOMPARE(menu.count(QStringLiteral("[%1,join]").arg(idText)), 1);
            QCOMPARE(menu.count(QStringLiteral("[%1,snooze]").arg(idText)), 1);
            QCOMPARE(menu.count(QStringLiteral("[%1,default]").arg(idText)), 1);
        }
        QTRY_COMPARE(snooze.size(), 1);
        QCOMPARE(snooze.at(0), expected);
        QCOMPARE(open.size(), 0);
        QTRY_COMPARE(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}), QStringLiteral("0"));

        // "Join": the link comes back, and the notice goes.
        id = show();
        QVERIFY(id);
        QTRY_COMPARE(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}), QStringLiteral("1"));
        QVERIFY(pickNextMenuEntry(id, QStringLiteral("join")));
        QCOMPARE(dunstctl({QStringLiteral("context")}), QString());
        QTRY_COMPARE(join.size(), 1);
        QCOMPARE(join.at(0), expected + QVariantList{reminder.joinLink});
        QTRY_COMPARE(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}), QStringLiteral("0"));

        // A click on the bubble: "dunstctl action 0" does what the click does, send the "default"
        // action; we close it then.
        id = show();
        QVERIFY(id);
        QTRY_COMPARE(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}), QStringLiteral("1"));
        QCOMPARE(dunstctl({QStringLiteral("action"), QStringLiteral("0")}), QString());
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.at(0), expected);
        QTRY_COMPARE(dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}), QStringLiteral("0"));
        QCOMPARE(snooze.size(), 1);
        QCOMPARE(join.size(), 1);
        QCOMPARE(dunstctl({QStringLiteral("close-all")}), QString());
    }
};

QTEST_GUILESS_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktopnotifier.moc"
