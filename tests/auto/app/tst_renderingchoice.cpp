#include "app/renderingchoice.h"

#include <QTest>

using namespace Attend;

Q_DECLARE_METATYPE(Attend::SessionEnvironment)

// Which platform plugin Attend asks Qt for, per desktop session.
class TestRenderingChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void platform_data()
    {
        QTest::addColumn<SessionEnvironment>("environment");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("X11 session: Qt's own choice") << SessionEnvironment{{}, "x11", "KDE", true, false} << QByteArray();
        QTest::addRow("GNOME on Wayland with XWayland") << SessionEnvironment{{}, "wayland", "GNOME", true, true} << QByteArray("xcb;wayland");
        QTest::addRow("Ubuntu's GNOME on Wayland") << SessionEnvironment{{}, "wayland", "ubuntu:GNOME", true, true} << QByteArray("xcb;wayland");
        QTest::addRow("GNOME on Wayland without XWayland") << SessionEnvironment{{}, "wayland", "GNOME", false, true} << QByteArray("wayland;xcb");
        QTest::addRow("KDE on Wayland") << SessionEnvironment{{}, "wayland", "KDE", true, true} << QByteArray("wayland;xcb");
        QTest::addRow("sway") << SessionEnvironment{{}, "wayland", "sway", false, true} << QByteArray("wayland;xcb");
        QTest::addRow("a compositor that sets only WAYLAND_DISPLAY") << SessionEnvironment{{}, {}, {}, false, true} << QByteArray("wayland;xcb");
        QTest::addRow("QT_QPA_PLATFORM wins on GNOME") << SessionEnvironment{"wayland", "wayland", "GNOME", true, true} << QByteArray();
        QTest::addRow("QT_QPA_PLATFORM wins on KDE") << SessionEnvironment{"xcb", "wayland", "KDE", true, true} << QByteArray();
    }
    void platform()
    {
        QFETCH(SessionEnvironment, environment);
        QFETCH(QByteArray, expected);
        QCOMPARE(preferredPlatform(environment), expected);
    }
};

QTEST_GUILESS_MAIN(TestRenderingChoice)
#include "tst_renderingchoice.moc"
