// Settings reads what Attend 0.1.0 wrote with QSettings, key for key and format for format, so an
// upgrade loses nothing; and what it writes, 0.1.0 reads back.

#include "library/settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        static int round = 0;
        m_path = m_dir.filePath(QStringLiteral("attend-%1.conf").arg(++round));
    }

    void defaultsWhenNothingIsStored()
    {
        Settings settings(m_path);
        QCOMPARE(settings.refreshMinutes(), 30);
        QCOMPARE(settings.viewerZoneId(), QString());
        QCOMPARE(settings.useEventZone(), false);
        QVERIFY(!settings.windowGeometry().isValid());
        QCOMPARE(settings.windowPage(), 0);
        QCOMPARE(settings.closedToTrayHintShown(), false);
        QCOMPARE(settings.hiddenTracks(QStringLiteral("fosdem-2026")), QStringList());
        QCOMPARE(settings.filterChoices(QStringLiteral("fosdem-2026")), FilterChoices());
    }

    // The keys and value types exactly as 0.1.0's Conferences, AppShell, Agenda and
    // SessionFilterModel wrote them, each with its own QSettings.
    void readsWhatVersion010Wrote()
    {
        {
            QSettings old(m_path, QSettings::IniFormat);
            old.setValue(QStringLiteral("feeds/refreshMinutes"), 45);
            old.setValue(QStringLiteral("display/zone"), QStringLiteral("Asia/Tokyo"));
            old.setValue(QStringLiteral("display/eventZone"), true);
            old.setValue(QStringLiteral("window/geometry"), QRect(10, 20, 1000, 720));
            old.setValue(QStringLiteral("window/page"), QVariant(3)); // QML's currentTab, an int in a QVariant
            old.setValue(QStringLiteral("hints/closedToTray"), true);
            old.setValue(QStringLiteral("hidden/fosdem-2026/tracks"), QStringList{QStringLiteral("Go"), QStringLiteral("Rust, and more")});
            old.setValue(QStringLiteral("hidden/fosdem-2026/rooms"), QStringList{QStringLiteral("K.1.105 (La Fontaine)")});
            old.setValue(QStringLiteral("filters/36c3/days"), QVariantList{0, 2});
            old.setValue(QStringLiteral("filters/36c3/tracks"), QStringList{QStringLiteral("Security")});
            old.setValue(QStringLiteral("filters/36c3/rooms"), QStringList());
            old.setValue(QStringLiteral("filters/36c3/bookmarkedOnly"), true);
            old.setValue(QStringLiteral("filters/camp2019/days"), QVariantList{1}); // one day chosen
            old.setValue(QStringLiteral("filters/camp2019/tracks"), QStringList{QStringLiteral("Hardware")}); // one track
        }

        Settings settings(m_path);
        QCOMPARE(settings.refreshMinutes(), 45);
        QCOMPARE(settings.viewerZoneId(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(settings.useEventZone(), true);
        QCOMPARE(settings.windowGeometry(), QRect(10, 20, 1000, 720));
        QCOMPARE(settings.windowPage(), 3);
        QCOMPARE(settings.closedToTrayHintShown(), true);
        QCOMPARE(settings.hiddenTracks(QStringLiteral("fosdem-2026")), (QStringList{QStringLiteral("Go"), QStringLiteral("Rust, and more")}));
        QCOMPARE(settings.hiddenRooms(QStringLiteral("fosdem-2026")), QStringList{QStringLiteral("K.1.105 (La Fontaine)")});
        QCOMPARE(settings.hiddenTracks(QStringLiteral("36c3")), QStringList());
        const FilterChoices choices = settings.filterChoices(QStringLiteral("36c3"));
        QCOMPARE(choices.days, (QList<int>{0, 2}));
        QCOMPARE(choices.tracks, QStringList{QStringLiteral("Security")});
        QCOMPARE(choices.rooms, QStringList());
        QCOMPARE(choices.bookmarkedOnly, true);
        QCOMPARE(settings.filterChoices(QStringLiteral("fosdem-2026")), FilterChoices());
        // One day or one track: QSettings writes these differently (a binary variant, a bare string).
        QCOMPARE(settings.filterChoices(QStringLiteral("camp2019")).days, QList<int>{1});
        QCOMPARE(settings.filterChoices(QStringLiteral("camp2019")).tracks, QStringList{QStringLiteral("Hardware")});
    }

    // The file itself, as 0.1.0 left it on disk (~/.config/Attend/attend.conf), byte for byte.
    void readsVersion010File()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[display]\n"
                   "eventZone=false\n"
                   "zone=America/Los_Angeles\n"
                   "\n"
                   "[feeds]\n"
                   "refreshMinutes=120\n"
                   "\n"
                   "[filters]\n"
                   "fosdem-2026\\bookmarkedOnly=false\n"
                   "fosdem-2026\\days=@Variant(\\0\\0\\0\\t\\0\\0\\0\\x1\\0\\0\\0\\x2\\0\\0\\0\\x1)\n" // one day: [1]
                   "fosdem-2026\\rooms=H.2215 (Ferrer), UD2.218A\n"
                   "fosdem-2026\\tracks=@Invalid()\n"
                   "\n"
                   "[hidden]\n"
                   "rethinkconn2022\\rooms=@Invalid()\n"
                   "rethinkconn2022\\tracks=Keynote\n"
                   "\n"
                   "[hints]\n"
                   "closedToTray=true\n"
                   "\n"
                   "[window]\n"
                   "geometry=@Rect(40 60 1366 800)\n"
                   "page=1\n");
        file.close();
        Settings settings(m_path);
        QCOMPARE(settings.refreshMinutes(), 120);
        QCOMPARE(settings.viewerZoneId(), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(settings.useEventZone(), false);
        QCOMPARE(settings.windowGeometry(), QRect(40, 60, 1366, 800));
        QCOMPARE(settings.windowPage(), 1);
        QCOMPARE(settings.closedToTrayHintShown(), true);
        QCOMPARE(settings.hiddenTracks(QStringLiteral("rethinkconn2022")), QStringList{QStringLiteral("Keynote")});
        QCOMPARE(settings.hiddenRooms(QStringLiteral("rethinkconn2022")), QStringList());
        const FilterChoices choices = settings.filterChoices(QStringLiteral("fosdem-2026"));
        QCOMPARE(choices.days, QList<int>{1});
        QCOMPARE(choices.rooms, (QStringList{QStringLiteral("H.2215 (Ferrer)"), QStringLiteral("UD2.218A")}));
        QCOMPARE(choices.tracks, QStringList());
        QCOMPARE(choices.bookmarkedOnly, false);
    }

    // Written through Settings, read back as 0.1.0 read them: a downgrade loses nothing either.
    void writesTheSameKeys()
    {
        {
            Settings settings(m_path);
            settings.setRefreshMinutes(60);
            settings.setDisplayZone(QStringLiteral("Europe/Brussels"), true);
            settings.setWindowGeometry(QRect(1, 2, 700, 500));
            settings.setWindowPage(4);
            settings.setClosedToTrayHintShown(true);
            settings.setHidden(QStringLiteral("36c3"), {QStringLiteral("Art")}, {QStringLiteral("Hall A")});
            settings.setFilterChoices(QStringLiteral("36c3"), FilterChoices{{3, 1}, {QStringLiteral("CCC")}, {}, true});
        }
        const QSettings old(m_path, QSettings::IniFormat);
        QCOMPARE(old.value(QStringLiteral("feeds/refreshMinutes")).toInt(), 60);
        QCOMPARE(old.value(QStringLiteral("display/zone")).toString(), QStringLiteral("Europe/Brussels"));
        QCOMPARE(old.value(QStringLiteral("display/eventZone")).toBool(), true);
        QCOMPARE(old.value(QStringLiteral("window/geometry")).toRect(), QRect(1, 2, 700, 500));
        QCOMPARE(old.value(QStringLiteral("window/page"), 0).toInt(), 4);
        QCOMPARE(old.value(QStringLiteral("hints/closedToTray")).toBool(), true);
        QCOMPARE(old.value(QStringLiteral("hidden/36c3/tracks")).toStringList(), QStringList{QStringLiteral("Art")});
        QCOMPARE(old.value(QStringLiteral("hidden/36c3/rooms")).toStringList(), QStringList{QStringLiteral("Hall A")});
        QList<int> days;
        for (const QVariant &day : old.value(QStringLiteral("filters/36c3/days")).toList())
            days.append(day.toInt());
        QCOMPARE(days, (QList<int>{3, 1}));
        QCOMPARE(old.value(QStringLiteral("filters/36c3/tracks")).toStringList(), QStringList{QStringLiteral("CCC")});
        QCOMPARE(old.value(QStringLiteral("filters/36c3/rooms")).toStringList(), QStringList());
        QCOMPARE(old.value(QStringLiteral("filters/36c3/bookmarkedOnly")).toBool(), true);
    }

    void refreshMinutesStayInRangeAndSayWhenTheyChange()
    {
        Settings settings(m_path);
        QSignalSpy changed(&settings, &Settings::refreshMinutesChanged);
        settings.setRefreshMinutes(2); // below the floor
        QCOMPARE(settings.refreshMinutes(), 5);
        QCOMPARE(changed.size(), 1);
        settings.setRefreshMinutes(5);
        QCOMPARE(changed.size(), 1); // no change, no signal
        settings.setRefreshMinutes(100000);
        QCOMPARE(settings.refreshMinutes(), 24 * 60);
        {
            QSettings old(m_path, QSettings::IniFormat);
            old.setValue(QStringLiteral("feeds/refreshMinutes"), 1); // written by hand
        }
        QCOMPARE(Settings(m_path).refreshMinutes(), 5);
    }

    void theDefaultPlaceIsQSettingsDefault()
    {
        QCOMPARE(Settings().fileName(), QSettings().fileName());
        QVERIFY(Settings::instance());
        Settings mine(m_path);
        Settings::setInstance(&mine);
        QCOMPARE(Settings::instance(), &mine);
        Settings::setInstance(nullptr);
        QVERIFY(Settings::instance() != &mine);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config; // the default place, in case: never the person's own
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AttendTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    TestSettings test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_settings.moc"
