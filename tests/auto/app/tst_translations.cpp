#include "app/appshell.h"
#include "app/remindertext.h"
#include "app/translations.h"
#include "schedule/schedulestore.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

// Attend speaks German (and French and Spanish): the catalogues built into attend_app load for a
// locale, the QML and C++ contexts find their strings, and counts take the right plural form.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString translate(const char *context, const char *source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
    static QCoreApplication &app() { return *QCoreApplication::instance(); }

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        installTranslations(app(), QLocale::c());
    }

    void germanFromTheDefaultLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installTranslations(app(), QLocale()));
        // QML contexts are the files' names...
        QCOMPARE(translate("FilterBar", "Reset filters"), QStringLiteral("Filter zurücksetzen"));
        QCOMPARE(translate("SchedulePage", "Pause reminders"), QStringLiteral("Erinnerungen pausieren"));
        QCOMPARE(translate("NavigationBar", "My schedule"), QStringLiteral("Mein Zeitplan"));
        // ...C++ ones the qualified class names, or the context given to QCoreApplication::translate.
        QCOMPARE(translate("Attend::TrayController", "Quit"), QStringLiteral("Beenden"));
        QCOMPARE(translate("CommandLine", "--feed needs a file or a URL"), QStringLiteral("--feed erfordert eine Datei oder eine URL"));
        QVERIFY(translate("Attend::FeedStatus", "Offline — showing the copy from %1") != QStringLiteral("Offline — showing the copy from %1"));
    }

    void pluralForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        QTest::newRow("en 1") << english << 1 << QStringLiteral("1 session");
        QTest::newRow("en 2") << english << 2 << QStringLiteral("2 sessions");
        QTest::newRow("en 0") << english << 0 << QStringLiteral("0 sessions");
        QTest::newRow("de 1") << german << 1 << QStringLiteral("1 Session");
        QTest::newRow("de 2") << german << 2 << QStringLiteral("2 Sessions");
        QTest::newRow("fr 0") << french << 0 << QStringLiteral("0 session"); // French: 0 is singular
        QTest::newRow("fr 2") << french << 2 << QStringLiteral("2 sessions");
        QTest::newRow("es 1") << spanish << 1 << QStringLiteral("1 sesión");
        QTest::newRow("es 17") << spanish << 17 << QStringLiteral("17 sesiones");
    }

    void pluralForms()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        QVERIFY(installTranslations(app(), locale));
        QCOMPARE(translate("ConferencePage", "%n session(s)", count), expected);
    }

    void englishPluralsInC()
    {
        // The test environment's C locale, and any language Attend lacks, read English with its
        // plural forms, not "1 session(s)".
        QVERIFY(!installTranslations(app(), QLocale(QLocale::Italian, QLocale::Italy)));
        for (const QLocale &locale : {QLocale(QLocale::Italian, QLocale::Italy), QLocale::c()}) {
            installTranslations(app(), locale);
            QCOMPARE(translate("ConferencePage", "%n session(s)", 1), QStringLiteral("1 session"));
            QCOMPARE(translate("CommandLine", "Exported %n bookmarked session(s) of %1 to %2", 2),
                     QStringLiteral("Exported 2 bookmarked sessions of %1 to %2"));
            QCOMPARE(translate("AgendaPage", "All days"), QStringLiteral("All days"));
        }
    }

    void frenchAndSpanish()
    {
        QVERIFY(installTranslations(app(), QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(translate("NavigationBar", "My schedule"), QStringLiteral("Mon programme"));
        QVERIFY(installTranslations(app(), QLocale(QLocale::Spanish, QLocale::Spain)));
        QCOMPARE(translate("NavigationBar", "My schedule"), QStringLiteral("Mi agenda"));
        // A second call replaced the first: no French left underneath.
        QCOMPARE(translate("ZoneSwitch", "Event time"), QStringLiteral("Hora del evento"));
    }

    void reminderInGerman()
    {
        QVERIFY(installTranslations(app(), QLocale(QLocale::German, QLocale::Germany)));
        Bookmark bookmark;
        bookmark.title = QStringLiteral("Service monitoring with Helix and Surveyor");
        bookmark.room = QStringLiteral("Online");
        bookmark.start = QDateTime(QDate(2022, 11, 10), QTime(18, 0), Qt::UTC);
        bookmark.end = bookmark.start.addSecs(1200);
        const ReminderNotice soon = reminderNoticeFor(bookmark, false, QTimeZone("Europe/Berlin"), bookmark.start.addSecs(-60));
        QVERIFY2(soon.body.startsWith(QStringLiteral("Beginnt um 19:00")), qPrintable(soon.body));
        QVERIFY2(soon.body.contains(QStringLiteral("(in 1 Min.)")), qPrintable(soon.body));
        const ReminderNotice missed = reminderNoticeFor(bookmark, true, QTimeZone("Europe/Berlin"), bookmark.start.addSecs(120));
        QCOMPARE(missed.summary, QStringLiteral("Verpasste Erinnerung: Service monitoring with Helix and Surveyor"));
        QVERIFY2(missed.body.contains(QStringLiteral("(vor 2 Min.)")), qPrintable(missed.body));
    }

    void theWindowSpeaksGerman()
    {
        QFile::remove(ScheduleStore::defaultPath());
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installTranslations(app(), QLocale()));
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QObject *root = shell.engine()->rootObjects().constFirst();
        auto find = [root](const char *name) { return root->findChild<QObject *>(QLatin1String(name)); };

        QObject *tab = find("myScheduleTab");
        QVERIFY(tab);
        QCOMPARE(tab->property("text").toString(), QStringLiteral("Mein Zeitplan"));
        QObject *search = find("searchField");
        QVERIFY(search);
        QCOMPARE(search->property("placeholderText").toString(), QStringLiteral("Vortr\u00E4ge suchen (Ctrl+F)"));
        // A plural form in QML: the empty schedule names the default lead time of 10 minutes.
        find("homePage")->setProperty("currentTab", 1); // My schedule is made when first shown
        QObject *empty = find("scheduleEmpty");
        QVERIFY(empty);
        const QString emptyText = empty->property("text").toString();
        QVERIFY2(emptyText.startsWith(QStringLiteral("Noch nichts hier.")), qPrintable(emptyText));
        QVERIFY2(emptyText.contains(QStringLiteral("10 Minuten vor Beginn")), qPrintable(emptyText));
    }
};

int main(int argc, char **argv)
{
    // As tst_smoke: no notification service or tray, and settings in a folder of the test's own.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/attend-test-bus");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
