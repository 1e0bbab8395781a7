pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// The header of a page opened over the main window (Settings, About): back to where the person
// came from, by its name ("‹ Agenda"), and the page's own title.
ToolBar {
    id: header

    required property string backTo
    required property string title
    signal backRequested()

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.margin

        PlainToolButton {
            objectName: "backButton"
            text: qsTr("‹ %1").arg(header.backTo)
            Accessible.name: qsTr("Back to %1").arg(header.backTo)
            Accessible.onPressAction: header.backRequested()
            onClicked: header.backRequested()
        }
        Label {
            Layout.fillWidth: true
            text: header.title
            textFormat: Text.PlainText
            font.bold: true
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
    }
}
