// The toolkit's floor for bench/vs_confclerk.py: the window issue 13 measured Attend against, with
// nothing of Attend in it. A QApplication (as Attend's tray needs), the software scene graph and
// the Fusion style (as Attend chooses), a header and an 883-row ListView of two-line cards (FOSDEM's
// first day). Its first frame is as early as a Qt Quick window with Qt Quick Controls can show on
// this machine: what Attend takes beyond it is Attend's own. With --plain, the same window of
// plain Qt Quick items, without Qt Quick Controls (its style, templates and their plugins).
//
//   build/bench/attend_bare_window [--plain]   (opens the window; bench/vs_confclerk.py times it)
#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace {

// The list both windows show, its texts of the given type (Label, or Text without the Controls).
QByteArray cardList(const char *textType, const char *anchoring)
{
    return QStringLiteral(R"(
    ListView {
        anchors.fill: parent
        %2
        model: 883
        delegate: Rectangle {
            required property int index
            width: ListView.view.width
            height: 56
            border.color: "#d0d0d0"
            Column {
                x: 12
                y: 8
                %1 { text: "Session " + index; font.bold: true }
                %1 { text: "10:00-10:30 · H.1302 · Track" }
            }
        }
    }
)")
        .arg(QLatin1String(textType), QLatin1String(anchoring))
        .toUtf8();
}

QByteArray controlsWindow()
{
    return R"(
import QtQuick
import QtQuick.Controls
ApplicationWindow {
    width: 1000
    height: 720
    visible: true
    title: "bare window"
    header: ToolBar {
        Label { x: 12; anchors.verticalCenter: parent.verticalCenter; text: "Agenda"; font.pixelSize: 18 }
    }
)" + cardList("Label", "")
           + "}\n";
}

QByteArray plainWindow()
{
    return R"(
import QtQuick
Window {
    width: 1000
    height: 720
    visible: true
    title: "bare window"
    Rectangle {
        id: header
        width: parent.width
        height: 44
        color: "#eeeeee"
        Text { x: 12; anchors.verticalCenter: parent.verticalCenter; text: "Agenda"; font.pixelSize: 18 }
    }
)" + cardList("Text", "anchors.topMargin: header.height")
           + "}\n";
}

} // namespace

int main(int argc, char **argv)
{
    const bool plain = argc > 1 && qstrcmp(argv[1], "--plain") == 0;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QApplication app(argc, argv);
    if (!plain)
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.loadData(plain ? plainWindow() : controlsWindow());
    return engine.rootObjects().isEmpty() ? 1 : app.exec();
}
