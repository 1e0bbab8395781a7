#include "desktop/freedesktopnotifier.h"
#include "desktop/inwindownotifier.h"
#include "desktop/remindernotifier.h"
#include "desktop/traynotifier.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

#include <memory>

using namespace Attend;

namespace {

// A path whose availability the test sets, and which records what it was asked to show.
class FakeNotifier : public Notifier
{
public:
    FakeNotifier(const QString &name, bool available)
        : m_available(available)
    {
        setObjectName(name);
    }
    bool isAvailable() const override { return m_available; }
    void notify(const ReminderNotice &notice) override { shown.append(notice); }

    bool m_available;
    QList<ReminderNotice> shown;
};

// A notification-server path that never touches a bus: it takes the notice and later fails, as
// FreedesktopNotifier does when Notify comes back with an error.
class FakeDesktopNotifier : public FreedesktopNotifier
{
public:
    explicit FakeDesktopNotifier(bool available = true)
        // A connection by a name never opened is a disconnected bus: nothing real is touched.
        : FreedesktopNotifier(QDBusConnection(QStringLiteral("attend-test-no-bus")))
        , m_available(available)
    {
    }
    bool isAvailable() const override { return m_available; }
    void notify(const ReminderNotice &notice) override { shown.append(notice); }
    void fail(const ReminderNotice &notice) { Q_EMIT deliveryFailed(notice, QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown: gone")); }

    bool m_available;
    QList<ReminderNotice> shown;
};

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

class TestReminderNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesTheFirstAvailablePath()
    {
        FakeDesktopNotifier desktop;
        FakeNotifier tray(QStringLiteral("tray"), true);
        InWindowNotifier window;
        QSignalSpy windowShown(&window, &InWindowNotifier::shown);
        ReminderNotifier notifier({&desktop, &tray, &window});
        QCOMPARE(notifier.lastPath(), QString());

        notifier.deliver(notice());
        QCOMPARE(desktop.shown.size(), 1);
        QCOMPARE(desktop.shown.constFirst().sessionKey, QStringLiteral("talk-1"));
        QCOMPARE(tray.shown.size(), 0);
        QCOMPARE(windowShown.size(), 0);
        QCOMPARE(notifier.lastPath(), QStringLiteral("freedesktop"));
    }

    void skipsPathsThatAreNotAvailable()
    {
        FakeDesktopNotifier desktop(false);
        FakeNotifier tray(QStringLiteral("tray"), true);
        InWindowNotifier window;
        QSignalSpy windowShown(&window, &InWindowNotifier::shown);
        ReminderNotifier notifier({&desktop, &tray, &window});

        notifier.deliver(notice());
        QCOMPARE(desktop.shown.size(), 0);
        QCOMPARE(tray.shown.size(), 1);
        QCOMPARE(notifier.lastPath(), QStringLiteral("tray"));

        // Availability is asked for each notice: the tray can go away between two reminders.
        tray.m_available = false;
        notifier.deliver(notice(QStringLiteral("talk-2")));
        QCOMPARE(tray.shown.size(), 1);
        QCOMPARE(windowShown.size(), 1);
        QCOMPARE(windowShown.constFirst().constFirst().value<ReminderNotice>().sessionKey, QStringLiteral("talk-2"));
        QCOMPARE(notifier.lastPath(), QStringLiteral("window"));

        desktop.m_available = true;
        notifier.deliver(notice(QStringLiteral("talk-3")));
        QCOMPARE(desktop.shown.size(), 1);
        QCOMPARE(notifier.lastPath(), QStringLiteral("freedesktop"));
    }

    void retriesWithTheNextPathWhenTheServerFails()
    {
        FakeDesktopNotifier desktop;
        FakeNotifier tray(QStringLiteral("tray"), true);
        InWindowNotifier window;
        QSignalSpy windowShown(&window, &InWindowNotifier::shown);
        ReminderNotifier notifier({&desktop, &tray, &window});

        notifier.deliver(notice());
        QCOMPARE(notifier.lastPath(), QStringLiteral("freedesktop"));
        desktop.fail(desktop.shown.constFirst());
        QCOMPARE(tray.shown.size(), 1);
        QCOMPARE(tray.shown.constFirst().sessionKey, QStringLiteral("talk-1"));
        QCOMPARE(tray.shown.constFirst().summary, QStringLiteral("Rethinking connectivity"));
        QCOMPARE(notifier.lastPath(), QStringLiteral("tray"));
        QCOMPARE(windowShown.size(), 0);
        // The failed server is not asked again, even though it still claims to be available.
        QCOMPARE(desktop.shown.size(), 1);

        // With no tray, the window is the last resort.
        tray.m_available = false;
        notifier.deliver(notice(QStringLiteral("talk-2")));
        desktop.fail(desktop.shown.constLast());
        QCOMPARE(windowShown.size(), 1);
        QCOMPARE(windowShown.constFirst().constFirst().value<ReminderNotice>().sessionKey, QStringLiteral("talk-2"));
        QCOMPARE(notifier.lastPath(), QStringLiteral("window"));
    }

    void retryStartsAfterTheFailedPath()
    {
        // A retry goes on down the list from the path that failed, never back up nor to itself:
        // that keeps retries finite.
        FakeNotifier tray(QStringLiteral("tray"), false);
        FakeDesktopNotifier desktop;
        InWindowNotifier window;
        QSignalSpy windowShown(&window, &InWindowNotifier::shown);
        ReminderNotifier notifier({&tray, &desktop, &window});

        notifier.deliver(notice());
        QCOMPARE(notifier.lastPath(), QStringLiteral("freedesktop"));
        tray.m_available = true;
        desktop.fail(notice());
        QCOMPARE(tray.shown.size(), 0);
        QCOMPARE(desktop.shown.size(), 1);
        QCOMPARE(windowShown.size(), 1);
        QCOMPARE(notifier.lastPath(), QStringLiteral("window"));
    }

    void saysSoWhenNoPathCanShowIt()
    {
        FakeDesktopNotifier desktop;
        FakeNotifier tray(QStringLiteral("tray"), false);
        ReminderNotifier notifier({&desktop, &tray});
        QSignalSpy undeliverable(&notifier, &ReminderNotifier::undeliverable);

        notifier.deliver(notice());
        QCOMPARE(undeliverable.size(), 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("talk-1 not shown")));
        desktop.fail(notice());
        QCOMPARE(undeliverable.size(), 1);
        QCOMPARE(undeliverable.constFirst().constFirst().value<ReminderNotice>().sessionKey, QStringLiteral("talk-1"));
        QVERIFY(undeliverable.constFirst().at(1).toString().contains(QStringLiteral("ServiceUnknown")));

        ReminderNotifier none({});
        QSignalSpy noneUndeliverable(&none, &ReminderNotifier::undeliverable);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("talk-1 not shown")));
        none.deliver(notice());
        QCOMPARE(noneUndeliverable.size(), 1);
        QCOMPARE(none.lastPath(), QString());
    }

    void forwardsOpenAndSnoozeFromEveryPath()
    {
        FakeDesktopNotifier desktop;
        FakeNotifier tray(QStringLiteral("tray"), true);
        InWindowNotifier window;
        ReminderNotifier notifier({&desktop, &tray, &window});
        QSignalSpy open(&notifier, &ReminderNotifier::openRequested);
        QSignalSpy snooze(&notifier, &ReminderNotifier::snoozeRequested);

        Q_EMIT desktop.openRequested(QStringLiteral("c"), QStringLiteral("from-desktop"));
        Q_EMIT tray.openRequested(QStringLiteral("c"), QStringLiteral("from-tray"));
        window.requestOpen(QStringLiteral("c"), QStringLiteral("from-window"));
        Q_EMIT desktop.snoozeRequested(QStringLiteral("c"), QStringLiteral("snooze-desktop"));
        window.requestSnooze(QStringLiteral("c"), QStringLiteral("snooze-window"));

        QCOMPARE(open.size(), 3);
        QCOMPARE(open.at(0), (QVariantList{QStringLiteral("c"), QStringLiteral("from-desktop")}));
        QCOMPARE(open.at(1), (QVariantList{QStringLiteral("c"), QStringLiteral("from-tray")}));
        QCOMPARE(open.at(2), (QVariantList{QStringLiteral("c"), QStringLiteral("from-window")}));
        QCOMPARE(snooze.size(), 2);
        QCOMPARE(snooze.at(0), (QVariantList{QStringLiteral("c"), QStringLiteral("snooze-desktop")}));
        QCOMPARE(snooze.at(1), (QVariantList{QStringLiteral("c"), QStringLiteral("snooze-window")}));
    }

    void skipsAPathDeletedEarly()
    {
        auto tray = std::make_unique<FakeNotifier>(QStringLiteral("tray"), true);
        InWindowNotifier window;
        ReminderNotifier notifier({tray.get(), &window});
        tray.reset();
        notifier.deliver(notice());
        QCOMPARE(notifier.lastPath(), QStringLiteral("window"));
    }

    void inWindowIsAlwaysAvailable()
    {
        InWindowNotifier window;
        QVERIFY(window.isAvailable());
        QCOMPARE(window.objectName(), QStringLiteral("window"));
        QSignalSpy shown(&window, &InWindowNotifier::shown);
        window.notify(notice());
        QCOMPARE(shown.size(), 1);
        const auto shownNotice = shown.constFirst().constFirst().value<ReminderNotice>();
        QCOMPARE(shownNotice.summary, QStringLiteral("Rethinking connectivity"));
        QCOMPARE(shownNotice.body, QStringLiteral("Starts 18:20 (your time) · Online"));
    }

    void freedesktopIsNotAvailableWithoutABus()
    {
        FreedesktopNotifier desktop(QDBusConnection(QStringLiteral("attend-test-no-bus")));
        QCOMPARE(desktop.objectName(), QStringLiteral("freedesktop"));
        QVERIFY(!desktop.isAvailable());
        // Even when asked anyway it must say the notice did not go out, never drop it quietly.
        QSignalSpy failed(&desktop, &FreedesktopNotifier::deliveryFailed);
        desktop.notify(notice());
        QCOMPARE(failed.size(), 1);
    }

    void trayOpensTheLastNoticeShown()
    {
        QSystemTrayIcon icon;
        TrayNotifier tray(&icon);
        QCOMPARE(tray.objectName(), QStringLiteral("tray"));
        // Offscreen there is no tray at all: the tray path must say so rather than show nothing.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(!tray.isAvailable());

        QSignalSpy open(&tray, &Notifier::openRequested);
        Q_EMIT icon.messageClicked();
        QCOMPARE(open.size(), 0); // nothing shown yet: nothing to open

        tray.notify(notice(QStringLiteral("talk-1")));
        tray.notify(notice(QStringLiteral("talk-2")));
        Q_EMIT icon.messageClicked();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst(), (QVariantList{QStringLiteral("rethinkconn-2022"), QStringLiteral("talk-2")}));
    }

    void trayWithoutIconIsNotAvailable()
    {
        auto icon = std::make_unique<QSystemTrayIcon>();
        TrayNotifier tray(icon.get());
        icon.reset();
        QVERIFY(!tray.isAvailable());
        tray.notify(notice()); // must not crash on the icon that is gone
    }
};

QTEST_MAIN(TestReminderNotifier)
#include "tst_remindernotifier.moc"
