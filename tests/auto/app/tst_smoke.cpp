#include "app/appshell.h"
#include "library/conferencelibrary.h"
#include "library/feedcache.h"
#include "models/agenda.h"
#include "models/addconferencecontroller.h"
#include "models/conferences.h"
#include "models/nownextmodel.h"
#include "models/timeformatter.h"

#include "schedule/livecalendar.h"
#include "schedule/schedulestore.h"

#include "desktop/remindernotifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QApplication>
#include <QStandardPaths>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QPalette>
#include <QQuickWindow>
#include <QAccessible>
#include <QScopeGuard>
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
    void initTestCase()
    {
        setApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        // Run by tests/desktop/run-with-weston.sh: make sure it really is a Wayland client.
        const QString expected = qEnvironmentVariable("ATTEND_EXPECT_PLATFORM");
        if (!expected.isEmpty())
            QCOMPARE(QGuiApplication::platformName(), expected);
    }
    void init()
    {
        QFile::remove(ScheduleStore::defaultPath());
        // Each test starts on the built-in agenda: no conference a previous one added.
        QFile::remove(ConferenceLibrary::defaultPath());
        QDir(FeedCache::defaultRoot()).removeRecursively();
        QSettings().clear(); // window size, page and zone choice start afresh in each test
    }

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

    // Issue 10, item 3: timeline cards (the time in a column, no header per slot) fit a small
    // conference on one screen, and each row says its state to a screen reader.
    void sessionCardsFitAndSayTheirState()
    {
        qputenv("ATTEND_PRETEND_NOW", "2022-11-10T18:10:00Z"); // after 18:00 "Service monitoring…" is on
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        qunsetenv("ATTEND_PRETEND_NOW");
        QQuickWindow *window = shell.window();
        window->resize(1366, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *list = qobject_cast<QQuickItem *>(find(shell.engine(), "sessionList"));
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 17);
        QTRY_COMPARE(list->height() > 0 && window->height() == 800, true);

        // Of RethinkConn's 17 sessions at least 10 start on screen (8 did with a header per slot).
        int lastOnScreen = -1;
        QTRY_VERIFY(QMetaObject::invokeMethod(list, "indexAt", Q_RETURN_ARG(int, lastOnScreen),
                                              Q_ARG(qreal, list->width() / 2),
                                              Q_ARG(qreal, list->property("contentY").toReal() + list->height() - 2))
                    && lastOnScreen >= 9);

        const auto rowName = [&](int row) {
            QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 0));
            QQuickItem *item = nullptr;
            QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, row));
            if (!item)
                return QString();
            for (QQuickItem *child : item->childItems()) {
                QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(child);
                if (a11y && a11y->role() == QAccessible::ListItem)
                    return a11y->text(QAccessible::Name);
            }
            return QString();
        };
        // Ended, on now, bookmarked: each said in words, after the title and its details.
        QTRY_VERIFY2(rowName(0).startsWith(QStringLiteral("Welcome, ")) && rowName(0).contains(QStringLiteral(":05 \u00B7 Online \u00B7 Opening")), qPrintable(rowName(0)));
        QVERIFY2(rowName(0).contains(QStringLiteral(", Ended")), qPrintable(rowName(0)));
        QVERIFY2(rowName(4).contains(QStringLiteral("On now")), qPrintable(rowName(4)));
        shell.agenda()->toggleBookmark(shell.agenda()->conference().sessions.at(4).key);
        QTRY_VERIFY2(rowName(4).contains(QStringLiteral(", bookmarked")), qPrintable(rowName(4)));
    }

    void settingsAreInAPrivateFolder()
    {
        // Attend's settings folder is its own: made 0700 at start, as the data folder is.
        const QString folder = QFileInfo(QSettings().fileName()).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QCOMPARE(QFile::permissions(folder) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void keyboardOpensASessionAndGoesBack()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        auto *window = qobject_cast<QQuickWindow *>(shell.engine()->rootObjects().constFirst());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *list = find(shell.engine(), "sessionList");
        QTRY_VERIFY(list->property("activeFocus").toBool());

        // Down twice from the first row, Enter: the third session opens, in both zones.
        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(list->property("currentIndex").toInt(), 2);
        QTest::keyClick(window, Qt::Key_Return);
        QObject *when = nullptr;
        QTRY_VERIFY((when = find(shell.engine(), "sessionWhen")));
        QTRY_COMPARE(when->property("text").toString(),
                     QStringLiteral("Thursday, 10 November 2022\n18:20\u201318:40 your time \u00B7 09:20\u201309:40 PST"));
        QObject *abstract = find(shell.engine(), "sessionAbstract");
        QVERIFY(abstract->property("text").toString().startsWith(QLatin1String("Deploying one or more services")));

        // The zone switch changes every time on screen, this page's included.
        shell.formatter()->setUseEventZone(true);
        QTRY_VERIFY(when->property("text").toString().contains(QStringLiteral("\n09:20\u201309:40 PST \u00B7 18:20")));

        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!find(shell.engine(), "sessionWhen"));
        QTRY_VERIFY(list->property("activeFocus").toBool());
    }

    void ctrlFSearches()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        auto *window = qobject_cast<QQuickWindow *>(shell.engine()->rootObjects().constFirst());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *search = find(shell.engine(), "searchField");
        QObject *list = find(shell.engine(), "sessionList");
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->property("activeFocus").toBool());
        for (const Qt::Key key : {Qt::Key_W, Qt::Key_A, Qt::Key_S, Qt::Key_M})
            QTest::keyClick(window, key);
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QTest::keyClick(window, Qt::Key_Escape); // clears the search first
        QTRY_COMPARE(list->property("count").toInt(), 17);
    }

    void spaceBookmarksAndMyScheduleShowsIt()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        auto *window = qobject_cast<QQuickWindow *>(shell.engine()->rootObjects().constFirst());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *list = find(shell.engine(), "sessionList");
        QTRY_VERIFY(list->property("activeFocus").toBool());
        // My schedule is made when first opened, not before the first frame (issue 13: start-up).
        QVERIFY(!find(shell.engine(), "scheduleList"));

        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(shell.agenda()->isBookmarked(shell.agenda()->conference().sessions.at(1).key));

        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QObject *home = find(shell.engine(), "homePage");
        QTRY_COMPARE(home->property("currentTab").toInt(), 1);
        QObject *schedule = find(shell.engine(), "scheduleList");
        QVERIFY(schedule);
        QTRY_COMPARE(schedule->property("count").toInt(), 1);

        // Space again (on the schedule now) takes it out.
        QTRY_VERIFY(schedule->property("activeFocus").toBool() || (QMetaObject::invokeMethod(schedule, "forceActiveFocus"), false));
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(schedule->property("count").toInt(), 0);
    }

    // Issue 10, item 6: taking a star off says so at the bottom of the window, as an alert; Undo
    // (its button, or Ctrl+Z while it shows) brings the bookmark back as it was.
    void removingAStarOffersUndoThatRestoresIt()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QString key = shell.agenda()->conference().sessions.at(1).key;
        const QString title = shell.agenda()->session(key)->title;
        shell.agenda()->setMaybe(key, true);
        QVERIFY(!find(shell.engine(), "toast")); // made at the first notice, not at start

        QObject *list = find(shell.engine(), "sessionList");
        QTRY_VERIFY(list->property("activeFocus").toBool());
        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Space); // the star comes off
        QTRY_VERIFY(!shell.agenda()->isBookmarked(key));
        QQuickItem *toast = nullptr;
        QTRY_VERIFY((toast = qobject_cast<QQuickItem *>(find(shell.engine(), "toast"))));
        QTRY_VERIFY(toast->isVisible());
        QVERIFY2(toast->property("message").toString().contains(title), qPrintable(toast->property("message").toString()));
        QAccessibleInterface *alert = QAccessible::queryAccessibleInterface(toast);
        QVERIFY(alert);
        QCOMPARE(alert->role(), QAccessible::AlertMessage);
        QCOMPARE(alert->text(QAccessible::Name), toast->property("message").toString());
        // Inside the window, at its bottom, and wide enough for the message (made by a Loader,
        // whose size follows the toast's: the toast must not take its width from it). Its row is
        // laid out at the next polish, before the frame is drawn: what is drawn is checked.
        QTRY_VERIFY2(toast->width() > window->width() / 3.0, qPrintable(QString::number(toast->width())));
        const QRectF shown = toast->mapRectToScene(QRectF(0, 0, toast->width(), toast->height()));
        QVERIFY(shown.bottom() <= window->height() && shown.top() > window->height() / 2.0);

        auto *undo = qobject_cast<QQuickItem *>(find(shell.engine(), "toastAction"));
        QVERIFY(undo);
        QTRY_VERIFY(undo->width() > 0);
        QTest::mouseClick(window, Qt::LeftButton, {}, undo->mapToScene(QPointF(undo->width() / 2, undo->height() / 2)).toPoint());
        QTRY_VERIFY(shell.agenda()->isBookmarked(key));
        QVERIFY(shell.agenda()->isMaybe(key)); // at its level, not a new must-see
        QTRY_VERIFY(!toast->isVisible());

        // Ctrl+Z does the same while the notice shows, and nothing once it is gone.
        QTRY_VERIFY(list->property("activeFocus").toBool() || (QMetaObject::invokeMethod(list, "forceActiveFocus"), false));
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(!shell.agenda()->isBookmarked(key));
        QTRY_VERIFY(toast->isVisible());
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(shell.agenda()->isBookmarked(key));
        QVERIFY(!toast->isVisible());
    }

    // Removing a conference offers Undo too: the toast names it, Ctrl+Z brings it back, shown.
    void removingAConferenceOffersUndo()
    {
        AppShell shell;
        CommandLineOptions options;
        options.feed = QStringLiteral(ATTEND_TEST_DATA "/feeds/pretalx-democon-2022.xml");
        QVERIFY(shell.start(options));
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(shell.conferences()->model()->rowCount(), 2);
        const QString id = shell.conferences()->currentId();
        const QString title = shell.agenda()->title();

        shell.conferences()->remove(id);
        QCOMPARE(shell.conferences()->model()->rowCount(), 1);
        QQuickItem *toast = nullptr;
        QTRY_VERIFY((toast = qobject_cast<QQuickItem *>(find(shell.engine(), "toast"))));
        QTRY_VERIFY(toast->isVisible());
        QVERIFY2(toast->property("message").toString().contains(title), qPrintable(toast->property("message").toString()));
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(shell.conferences()->model()->rowCount(), 2);
        QCOMPARE(shell.conferences()->currentId(), id);
        QCOMPARE(shell.agenda()->title(), title);
        QVERIFY(!toast->isVisible());
    }

    void withNoNotificationServiceNorTrayTheWindowShowsTheReminder()
    {
        // Offscreen there is no tray, and this test's session bus (if any) has no notification
        // service: the reminder must land in the window, not vanish.
        QTemporaryDir dir;
        const QString feed = dir.filePath(QStringLiteral("soon.xml"));
        const QDateTime start = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 5 * 60, Qt::UTC);
        QFile file(feed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("<schedule><conference><acronym>soon</acronym><title>Soon</title></conference>"
                                  "<day index=\"1\" date=\"%1\"><room name=\"Hall\"><event id=\"1\" guid=\"s-1\">"
                                  "<date>%2+00:00</date><start>%3</start><duration>00:30</duration><room>Hall</room>"
                                  "<title>Starting in five minutes</title></event></room></day></schedule>")
                       .arg(start.date().toString(Qt::ISODate), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                            start.toString(QStringLiteral("HH:mm")))
                       .toUtf8());
        file.close();

        AppShell shell;
        CommandLineOptions options;
        options.feed = feed;
        QVERIFY(shell.start(options));
        QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
        QVERIFY(!find(shell.engine(), "reminderSummary")); // the banner is made for the first reminder it shows

        // Bookmarked inside the ten-minute lead time: it reminds at once.
        shell.agenda()->toggleBookmark(QStringLiteral("g:s-1"));
        QObject *summary = nullptr;
        QTRY_VERIFY((summary = find(shell.engine(), "reminderSummary")));
        QTRY_COMPARE(summary->property("text").toString(), QStringLiteral("Starting in five minutes"));
        QTRY_VERIFY(summary->property("visible").toBool());
        QCOMPARE(shell.reminderNotifier()->lastPath(), QStringLiteral("window"));
    }

    // The tray, the notification service and the sleep watcher (D-Bus, a QMenu) and the live
    // calendar's first write (synced to the disk) wait for the first frame, then come at once; a
    // notice due before them sets the services up first, so none is lost.
    void workThatCanWaitComesAfterTheFirstFrame()
    {
        QFile::remove(LiveCalendar::defaultPath()); // written by the tests before
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QVERIFY(!shell.desktopServicesReady());
        QVERIFY(!shell.liveCalendar()->isEnabled());
        const QString calendarFile = shell.liveCalendar()->path();
        QVERIFY(!QFile::exists(calendarFile));
        int readyAtFirstFrame = -1;
        connect(shell.window(), &QQuickWindow::frameSwapped, this, [&] {
            if (readyAtFirstFrame < 0)
                readyAtFirstFrame = shell.desktopServicesReady() || QFile::exists(calendarFile) ? 1 : 0;
        });
        QTRY_VERIFY(shell.desktopServicesReady());
        QCOMPARE(readyAtFirstFrame, 0);
        QVERIFY(shell.liveCalendar()->isEnabled()); // on unless the person switched it off
        QVERIFY(QFile::exists(calendarFile));

        AppShell early;
        QVERIFY(early.start(CommandLineOptions{}));
        QVERIFY(!early.desktopServicesReady());
        QVERIFY(early.reminderNotifier()); // asked for before the frame: made there and then
        QVERIFY(early.desktopServicesReady());
    }

    void openFromANotificationShowsThatSession()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
        const Session &welcome = shell.agenda()->conference().sessions.constFirst();
        // What a click on the notification's "Open" ends in.
        Q_EMIT shell.reminderNotifier()->openRequested(shell.agenda()->conferenceId(), welcome.key);
        QObject *when = nullptr;
        QTRY_VERIFY((when = find(shell.engine(), "sessionWhen")));
        QVERIFY(when->property("text").toString().contains(QStringLiteral("18:00\u201318:05 your time")));
        QVERIFY(shell.window()->isVisible());
    }

    void windowRemembersItsSizeAndPage()
    {
        {
            AppShell shell;
            QVERIFY(shell.start(CommandLineOptions{}));
            QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
            shell.window()->resize(777, 555);
            QObject *home = find(shell.engine(), "homePage");
            home->setProperty("currentTab", 2);
            QTRY_COMPARE(shell.window()->width(), 777);
        } // saved as the shell goes away, as at quit
        AppShell again;
        QVERIFY(again.start(CommandLineOptions{}));
        QVERIFY(QTest::qWaitForWindowExposed(again.window()));
        QCOMPARE(again.window()->size(), QSize(777, 555));
        QCOMPARE(find(again.engine(), "homePage")->property("currentTab").toInt(), 2);
    }

    void f1ShowsTheShortcuts()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
        // Made when first asked for, not before the first frame (issue 13: start-up).
        QVERIFY(!shell.window()->findChild<QObject *>(QStringLiteral("shortcutsOverlay")));
        QTest::keyClick(shell.window(), Qt::Key_F1);
        QObject *overlay = shell.window()->findChild<QObject *>(QStringLiteral("shortcutsOverlay"));
        QVERIFY(overlay);
        QTRY_VERIFY(overlay->property("opened").toBool());
        QTest::keyClick(shell.window(), Qt::Key_Escape);
        QTRY_VERIFY(!overlay->property("visible").toBool());
    }

    void followsTheDesktopPalette()
    {
        // A dark desktop palette (what a platform theme hands Qt) must reach the Qt Quick window.
        const QPalette original = QGuiApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        QGuiApplication::setPalette(dark);
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QObject *palette = shell.window()->property("palette").value<QObject *>();
        QVERIFY(palette);
        QTRY_COMPARE(palette->property("window").value<QColor>(), QColor(0x20, 0x20, 0x20));
        QCOMPARE(palette->property("windowText").value<QColor>(), QColor(0xee, 0xee, 0xee));
        QCOMPARE(palette->property("base").value<QColor>(), QColor(0x2a, 0x2a, 0x2a));
        QGuiApplication::setPalette(original);
    }

    // Issue 11, items 2 and 3: each page's list has the keyboard when shown, Enter opens *its* row,
    // the back button names where it goes; on a session page Space and Enter press the focused
    // control (the zone switch), never the bookmark, which is Ctrl+D.
    void keyboardRulesHoldOnEveryPage()
    {
        qputenv("ATTEND_PRETEND_NOW", "2022-11-10T09:21:00-08:00");
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        qunsetenv("ATTEND_PRETEND_NOW");
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *agendaList = find(shell.engine(), "sessionList");
        QTRY_VERIFY(agendaList->property("activeFocus").toBool());
        QTest::keyClick(window, Qt::Key_Down); // the agenda's highlight: row 1

        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QObject *nowNext = nullptr;
        QTRY_VERIFY((nowNext = find(shell.engine(), "nowNextList")));
        QTRY_VERIFY(nowNext->property("activeFocus").toBool());
        QVERIFY(nowNext->property("count").toInt() >= 2);
        QCOMPARE(nowNext->property("currentIndex").toInt(), 0);
        QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(nowNext->property("currentIndex").toInt(), 1);
        const QString key = shell.agenda()->nowNext()->index(1).data(NowNextModel::KeyRole).toString();
        QTest::keyClick(window, Qt::Key_Return);
        QObject *back = nullptr;
        QTRY_VERIFY((back = find(shell.engine(), "backButton")));
        QCOMPARE(back->property("text").toString(), QStringLiteral("\u2039 Now & Next"));
        const QString title = shell.agenda()->session(key)->title;
        QTRY_VERIFY(window->title() == QStringLiteral("Attend") && find(shell.engine(), "sessionWhen"));
        QVERIFY(find(shell.engine(), "sessionAbstract"));
        // The page has slid over the main window: until then the header bar's zone switch (the
        // same names) is still there to Tab to, as a slow run (ASan) showed.
        QTRY_VERIFY(!find(shell.engine(), "homePage")->property("visible").toBool());

        // Tab to "Event time", Space: the zone changes, the bookmark does not; Enter on "My time" too.
        QVERIFY(!shell.agenda()->isBookmarked(key));
        QVERIFY(!shell.formatter()->useEventZone());
        QQuickItem *focused = nullptr;
        for (int step = 0; step < 24; ++step) { // the page's controls: back, star, level, zone, join…
            QTest::keyClick(window, Qt::Key_Tab);
            focused = window->activeFocusItem();
            if (focused && focused->property("text").toString() == QStringLiteral("Event time"))
                break;
        }
        QVERIFY(focused && focused->property("text").toString() == QStringLiteral("Event time"));
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(shell.formatter()->useEventZone());
        QVERIFY(!shell.agenda()->isBookmarked(key));
        QTest::keyClick(window, Qt::Key_Tab, Qt::ShiftModifier); // "My time"
        QCOMPARE(window->activeFocusItem()->property("text").toString(), QStringLiteral("My time"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!shell.formatter()->useEventZone());
        QVERIFY(!shell.agenda()->isBookmarked(key));
        QTest::keyClick(window, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(shell.agenda()->isBookmarked(key));
        QCOMPARE(shell.agenda()->session(key)->title, title);

        // Escape goes back where the button said, to that list, on the same row.
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!find(shell.engine(), "sessionWhen"));
        QTRY_VERIFY(nowNext->property("activeFocus").toBool());
        QCOMPARE(nowNext->property("currentIndex").toInt(), 1);

        // My schedule: Ctrl+2 puts the keyboard on its view (the day timeline, by default): on the
        // block of the session just bookmarked.
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(window->activeFocusItem() && window->activeFocusItem()->objectName() == QStringLiteral("timelineBlock_0"));
        QAccessibleInterface *block = QAccessible::queryAccessibleInterface(window->activeFocusItem());
        QVERIFY(block && block->text(QAccessible::Name).contains(title));
    }

    // Issue 11, item 9: Escape clears the search from the list too; "Now" after the end says so.
    void escapeClearsTheSearchFromTheListAndNowSaysWhenItIsOver()
    {
        qputenv("ATTEND_PRETEND_NOW", "2023-01-10T09:00:00Z");
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        qunsetenv("ATTEND_PRETEND_NOW");
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *search = find(shell.engine(), "searchField");
        QObject *list = find(shell.engine(), "sessionList");
        search->setProperty("text", QStringLiteral("nats"));
        QTRY_VERIFY(list->property("count").toInt() < 17);
        QMetaObject::invokeMethod(list, "forceActiveFocus");
        QTRY_VERIFY(list->property("activeFocus").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE(search->property("text").toString(), QString());
        QCOMPARE(list->property("count").toInt(), 17);

        QObject *now = find(shell.engine(), "jumpToNow");
        QVERIFY(QMetaObject::invokeMethod(now, "clicked"));
        QObject *note = find(shell.engine(), "nowNote");
        QTRY_VERIFY(note->property("text").toString().contains(QStringLiteral("is over")));
    }

    void tabWalksTheAgendaInReadingOrder()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QStringList visited;
        for (int step = 0; step < 19; ++step) {
            QQuickItem *item = window->activeFocusItem();
            QVERIFY(item);
            const QString text = item->property("text").toString();
            visited.append(QString::fromLatin1(item->metaObject()->className()).section(QLatin1Char('_'), 0, 0)
                           + QLatin1Char(':') + text.left(20));
            QTest::keyClick(window, Qt::Key_Tab);
        }
        // Reading order, round the window: the header bar (the search, the zone switch, the main
        // menu; no Refresh for the built-in agenda), the navigation, the filter bar (tracks,
        // bookmarked only, grid, now; no day choice for a one-day agenda, no rooms button for a
        // one-room one), one stop for the whole list (its rows' stars are reached with Space), then
        // round to the conference switcher at the header's start and the search again.
        const QStringList expected = {
            QStringLiteral("TextField:"),
            QStringLiteral("SegmentButton:My time"),
            QStringLiteral("SegmentButton:Event time"),
            QStringLiteral("MainMenuButton:Main menu"),
            QStringLiteral("NavButton:Agenda"),
            QStringLiteral("NavButton:My schedule"),
            QStringLiteral("NavButton:Now & Next"),
            QStringLiteral("NavButton:Speakers"),
            QStringLiteral("FilterButton:Tracks \u25BE"),
            QStringLiteral("FilterButton:Bookmarked"),
            QStringLiteral("FilterButton:Grid"),
            QStringLiteral("FilterButton:Now"),
            QStringLiteral("SessionCard:"),
            QStringLiteral("ConferenceSwitcher:RethinkConn 2022"),
            QStringLiteral("TextField:"),
            QStringLiteral("SegmentButton:My time"),
            QStringLiteral("SegmentButton:Event time"),
            QStringLiteral("MainMenuButton:Main menu"),
            QStringLiteral("NavButton:Agenda"),
        };
        if (visited != expected)
            qWarning().noquote() << visited.join(QLatin1String(" | "));
        QCOMPARE(visited, expected);
    }

    // Issue 10, item 1: Settings and About are reached from the main menu (and Ctrl+, / Ctrl+6)
    // and open over the window with a way back, not as places beside the agenda.
    void mainMenuOpensSettingsAndAboutOverTheWindow()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Made on the first press, not before the first frame (issue 13: start-up).
        QVERIFY(!find(shell.engine(), "mainMenu"));
        QMetaObject::invokeMethod(find(shell.engine(), "mainMenuButton"), "clicked");
        QObject *menu = find(shell.engine(), "mainMenu");
        QVERIFY(menu);
        QTRY_VERIFY(menu->property("opened").toBool());
        QObject *settingsItem = find(shell.engine(), "settingsItem");
        QVERIFY(settingsItem);
        QMetaObject::invokeMethod(settingsItem, "triggered");
        QObject *settings = nullptr;
        QTRY_VERIFY((settings = find(shell.engine(), "settingsPage")) && settings->property("visible").toBool());
        QObject *back = find(shell.engine(), "backButton");
        QVERIFY(back);
        QCOMPARE(back->property("text").toString(), QStringLiteral("\u2039 Agenda"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!find(shell.engine(), "settingsPage"));

        QTest::keyClick(window, Qt::Key_6, Qt::ControlModifier);
        QObject *about = nullptr;
        QTRY_VERIFY((about = find(shell.engine(), "aboutPage")) && about->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier); // Settings replaces About: one page over the window
        QTRY_VERIFY(find(shell.engine(), "settingsPage") && !find(shell.engine(), "aboutPage"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!find(shell.engine(), "settingsPage"));
        QTRY_VERIFY(find(shell.engine(), "sessionList")->property("activeFocus").toBool());
    }

    // Issue 10, item 1: a sidebar on a wide window, a row above the page below 800 px.
    void narrowWindowPutsTheNavigationAboveThePage()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *navigation = qobject_cast<QQuickItem *>(find(shell.engine(), "navigation"));
        auto *list = qobject_cast<QQuickItem *>(find(shell.engine(), "sessionList"));
        QVERIFY(navigation && list);
        window->resize(1000, 720);
        QTRY_VERIFY(!navigation->property("compact").toBool());
        QTRY_VERIFY(navigation->mapToScene(QPointF(navigation->width(), 0)).x() <= list->mapToScene(QPointF(0, 0)).x());
        window->resize(700, 700);
        QTRY_VERIFY(navigation->property("compact").toBool());
        QTRY_VERIFY(navigation->mapToScene(QPointF(0, navigation->height())).y() <= list->mapToScene(QPointF(0, 0)).y());
        QVERIFY(list->width() > 600); // the page keeps the window's width
    }

    // Issue 10, item 8: in a right-to-left language the window mirrors: the sidebar on the right.
    void rightToLeftMirrorsTheLayout()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore = qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->resize(1000, 720);
        auto *navigation = qobject_cast<QQuickItem *>(find(shell.engine(), "navigation"));
        auto *list = qobject_cast<QQuickItem *>(find(shell.engine(), "sessionList"));
        auto *search = qobject_cast<QQuickItem *>(find(shell.engine(), "searchField"));
        auto *menuButton = qobject_cast<QQuickItem *>(find(shell.engine(), "mainMenuButton"));
        QVERIFY(navigation && list && search && menuButton);
        QTRY_VERIFY(navigation->mapToScene(QPointF(0, 0)).x() >= list->mapToScene(QPointF(list->width(), 0)).x());
        QVERIFY(menuButton->mapToScene(QPointF(0, 0)).x() < search->mapToScene(QPointF(0, 0)).x());
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

    // Issue 14, item 6: a feed given on the command line that claims a followed conference's id
    // is not filed with it; the window asks, as the Add dialog does.
    void feedClaimingAFollowedConferenceOpensTheQuestion()
    {
        QTemporaryDir dir;
        const auto copy = [&](const QString &name) {
            const QString path = dir.filePath(name);
            QFile::copy(QStringLiteral(ATTEND_TEST_DATA "/feeds/pretalx-democon-2022.xml"), path);
            return path;
        };
        const QString first = copy(QStringLiteral("democon.xml"));
        const QString second = copy(QStringLiteral("elsewhere.xml"));
        const QString third = copy(QStringLiteral("third.xml"));
        {
            AppShell shell;
            CommandLineOptions options;
            options.feed = first;
            QVERIFY(shell.start(options));
            QCOMPARE(shell.conferences()->model()->rowCount(), 2);
        }
        AppShell shell;
        CommandLineOptions options;
        options.feed = second; // asked before the window exists
        QVERIFY(shell.start(options));
        QObject *dialog = find(shell.engine(), "addConferenceDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(dialog->property("asking").toBool());
        QVERIFY(shell.addConference()->probeQuestion().contains(first));
        QCOMPARE(shell.conferences()->model()->rowCount(), 2);
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(shell.addConference()->probeQuestion().isEmpty());

        // A second launch hands one over while the window is open.
        shell.handleArguments({QStringLiteral("attend"), QStringLiteral("--feed"), third});
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(dialog->property("asking").toBool());
        shell.addConference()->addCheckedAs(AddConferenceController::Filing::AddSeparately);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(shell.conferences()->model()->rowCount(), 3);
        QVERIFY(shell.agenda()->conferenceId().startsWith(QStringLiteral("democon~")));
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
    // No notification service and no tray, whatever desktop the test runs in: the window path is
    // what these tests look at, and nothing must pop up on a developer's screen.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/attend-test-bus");
    // Settings (window size, zone choice) go to a folder of the test's own, never the person's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv); // as the app: widgets for the tray
    TestSmoke test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smoke.moc"
