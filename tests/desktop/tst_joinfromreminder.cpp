// End to end, as an online attendee would: the real attend binary, pretending to be inside a
// conference (ATTEND_PRETEND_NOW), a bookmarked session whose reminder falls due a few seconds
// after start, the real notification server (dunst, from run-with-notification-server.sh). The
// reminder offers Join; choosing it in dunst's menu makes Attend ask the desktop to open the
// session's join link (an xdg-open stand-in on PATH writes down what it was given) and takes the
// notice off the screen. Once in RethinkConn 2022 (the built-in agenda: a virtual event, joined
// at its web page), once in rC3 2020 (an online-only conference, joined at its schedule page).
#include "schedule/personalschedule.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {

QString dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return QStringLiteral("<dunstctl failed>");
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

int displayed()
{
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
}

/** Opens dunst's context menu with the runner's picker told to pick `pick` ("ID,ACTION", or nothing). */
QString contextMenu(const QString &pick)
{
    const QString pickPath = qEnvironmentVariable("ATTEND_DUNST_PICK_FILE");
    QFile file(pickPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(pick.toUtf8());
    file.close();
    // dunstctl returns at once; dunst runs its menu (the picker) on its own, which leaves a copy.
    // dunst ignores a context call while it is still finishing the previous menu (measured: a call
    // right after the picker wrote its copy is dropped), so a call that brought no menu is repeated.
    const QString menuPath = pickPath + QStringLiteral(".menu");
    QFile::remove(menuPath);
    QString menu;
    for (int attempt = 0; attempt < 5; ++attempt) {
        dunstctl({QStringLiteral("context")});
        const bool written = QTest::qWaitFor([&] {
            QFile copy(menuPath);
            if (copy.open(QIODevice::ReadOnly))
                menu = QString::fromUtf8(copy.readAll());
            return menu.endsWith(QLatin1Char('\n'));
        },
                                             3000);
        if (written)
            return menu;
    }
    return QString();
}

} // namespace

class TestJoinFromReminder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ATTEND_DUNST_PICK_FILE"))
            QFAIL("run me through tests/desktop/run-with-notification-server.sh (ctest does)");
    }

    void joinFromTheReminder_data()
    {
        QTest::addColumn<QString>("feed"); // empty: the built-in agenda
        QTest::addColumn<QString>("conferenceId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QString>("expected");
        QTest::addRow("RethinkConn 2022") << QString() << QStringLiteral("rethinkconn2022")
                                          << QStringLiteral("g:6b1c2d3e-2022-4a00-8000-000000000005")
                                          << QStringLiteral("Service monitoring with Helix and Surveyor")
                                          << QDateTime::fromString(QStringLiteral("2022-11-10T10:00:00-08:00"), Qt::ISODate)
                                          << QStringLiteral("https://synadia.com/events/rethink/2022");
        QTest::addRow("rC3 2020") << QStringLiteral(ATTEND_TEST_DATA "/feeds/rc3-2020-pretalx.frab.json")
                                  << QStringLiteral("rc3-channels-2020") << QStringLiteral("g:c3642671-4c1f-5109-81ba-0535c1cc8428")
                                  << QStringLiteral("Der faule Admin automatisiert: Gluon auf echter Hardware testen")
                                  << QDateTime::fromString(QStringLiteral("2020-12-27T11:30:00+01:00"), Qt::ISODate)
                                  << QStringLiteral("https://pretalx.rc3.studio/rc3-channels-2020/schedule/");
    }

    void joinFromTheReminder()
    {
        QFETCH(QString, feed);
        QFETCH(QString, conferenceId);
        QFETCH(QString, key);
        QFETCH(QString, title);
        QFETCH(QDateTime, start);
        QFETCH(QString, expected);
        QCOMPARE(dunstctl({QStringLiteral("close-all")}), QString());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // The browser: a stand-in xdg-open first on PATH, which writes down its argument.
        const QString bin = dir.filePath(QStringLiteral("bin"));
        const QString opened = dir.filePath(QStringLiteral("opened.txt"));
        QVERIFY(QDir().mkpath(bin));
        QFile opener(bin + QStringLiteral("/xdg-open"));
        QVERIFY(opener.open(QIODevice::WriteOnly));
        opener.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$1\" >>'%1'\n").arg(opened).toUtf8());
        opener.close();
        QVERIFY(opener.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        // The person bookmarked the talk and chose a one-minute lead time.
        {
            PersonalSchedule schedule{ScheduleStore(dir.filePath(QStringLiteral("data/Attend/attend/schedule.json")))};
            schedule.load();
            schedule.setLeadMinutes(1);
            Bookmark bookmark;
            bookmark.conferenceId = conferenceId;
            bookmark.key = key;
            bookmark.title = title;
            bookmark.start = start.toUTC();
            bookmark.end = bookmark.start.addSecs(1200);
            bookmark.added = bookmark.start.addDays(-1);
            schedule.addBookmark(bookmark); // no join link of its own: Attend finds it in the agenda
        }

        // It is 10 s before the reminder is due (one minute before the start).
        QProcess attend;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        environment.insert(QStringLiteral("ATTEND_PRETEND_NOW"), start.addSecs(-70).toUTC().toString(Qt::ISODate));
        environment.remove(QStringLiteral("BROWSER"));
        environment.remove(QStringLiteral("DEFAULT_BROWSER"));
        attend.setProcessEnvironment(environment);
        attend.setProcessChannelMode(QProcess::ForwardedChannels);
        attend.start(QStringLiteral(ATTEND_BINARY), feed.isEmpty() ? QStringList() : QStringList{QStringLiteral("--feed"), feed});
        QVERIFY(attend.waitForStarted());

        QTRY_VERIFY_WITH_TIMEOUT(displayed() == 1, 30000);
        // Ask dunst for its menu without picking anything, to learn the notice's id and its actions.
        const QString menu = contextMenu(QString());
        const QRegularExpressionMatch join = QRegularExpression(QStringLiteral("\\[(\\d+),join\\]")).match(menu);
        QVERIFY2(join.hasMatch(), qPrintable(QStringLiteral("no Join in dunst's menu: ") + menu));
        QVERIFY2(menu.contains(QStringLiteral("Join")), qPrintable(menu));
        QVERIFY2(menu.contains(title), qPrintable(menu));
        QCOMPARE(displayed(), 1);

        // Join, as a person would choose it.
        contextMenu(join.captured(1) + QStringLiteral(",join"));
        QString asked;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     QFile log(opened);
                                     if (log.open(QIODevice::ReadOnly))
                                         asked = QString::fromUtf8(log.readAll());
                                     return asked.endsWith(QLatin1Char('\n'));
                                 }()),
                                 40000); // generous: a loaded CI machine took over 15 s once
        QCOMPARE(asked.trimmed(), expected); // once, and this very address
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, 10000); // joined: the notice is gone

        attend.terminate();
        QVERIFY(attend.waitForFinished(10000));
        QCOMPARE(dunstctl({QStringLiteral("close-all")}), QString());
    }
};

QTEST_GUILESS_MAIN(TestJoinFromReminder)
#include "tst_joinfromreminder.moc"
