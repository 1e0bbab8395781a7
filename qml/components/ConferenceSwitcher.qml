pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Attend

// The conference on screen, as a button that says which (title, dates) and opens the switcher:
// the conferences the person follows, one of many; about this one; add one by its feed's
// address; remove the one on screen (its bookmarks stay).
ToolButton {
    id: button

    signal addRequested()
    signal removeRequested(string conferenceId, string title)
    signal aboutRequested()

    text: Agenda.title
    Accessible.name: qsTr("Conference: %1, %2. Switch, add or remove conferences").arg(Agenda.title).arg(Agenda.dates)
    Accessible.role: Accessible.ButtonMenu
    Accessible.onPressAction: menu.open()
    onClicked: menu.open()
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    FocusRing {
        target: button
    }

    // Feed text: plain, never a mnemonic or markup (see PlainButton).
    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: Agenda.title
                textFormat: Text.PlainText
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: Agenda.dates
                textFormat: Text.PlainText
                font.pixelSize: Math.max(10, button.font.pixelSize - 2)
                color: Theme.secondaryText
                elide: Text.ElideRight
            }
        }
        IconImage {
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
            name: "pan-down-symbolic"
            sourceSize.width: 16
            sourceSize.height: 16
            color: Theme.text
        }
    }

    // Made on the first press (LazyPopup), not before the window's first frame.
    LazyPopup {
        id: menu
        file: Qt.resolvedUrl("ConferenceMenu.qml")
        initialProperties: ({ switcher: button })
    }
}
