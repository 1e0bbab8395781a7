pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// "Conferences ▾": switch between the conferences the person follows, add one by its feed's
// address, or remove the one on screen (its bookmarks stay).
ToolButton {
    id: button

    signal addRequested()
    signal removeRequested(string conferenceId, string title)

    text: qsTr("Conferences ▾")
    Accessible.name: qsTr("Switch, add or remove conferences")
    Accessible.role: Accessible.ButtonMenu
    Accessible.onPressAction: menu.open()
    onClicked: menu.open()

    Menu {
        id: menu
        objectName: "conferenceMenu"
        y: button.height
        width: Math.max(implicitWidth, 380)

        Instantiator {
            model: Conferences.model
            delegate: PlainMenuItem {
                required property string conferenceId
                required property string title
                required property string detail
                required property bool current
                text: title + "  ·  " + detail
                checkable: true
                checked: current
                Accessible.name: qsTr("Show %1").arg(title)
                onTriggered: Conferences.switchTo(conferenceId)
            }
            onObjectAdded: (index, object) => menu.insertItem(index, object as MenuItem)
            onObjectRemoved: (index, object) => menu.removeItem(object as MenuItem)
        }
        MenuSeparator {}
        MenuItem {
            objectName: "addConferenceItem"
            text: qsTr("Add a conference…")
            icon.name: "list-add-symbolic"
            icon.color: palette.windowText // tints symbolic icons for dark palettes
            onTriggered: button.addRequested()
        }
        PlainMenuItem {
            enabled: Conferences.refreshable
            text: qsTr("Remove “%1”…").arg(Agenda.title)
            icon.name: "user-trash-symbolic"
            icon.color: palette.windowText // tints symbolic icons for dark palettes
            onTriggered: button.removeRequested(Conferences.currentId, Agenda.title)
        }
    }
}
