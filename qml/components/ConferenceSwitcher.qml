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

    Menu {
        id: menu
        objectName: "conferenceMenu"
        y: button.height
        width: Math.max(implicitWidth, 380)

        Instantiator {
            model: Conferences.model
            // One of many: a radio mark (a filled dot on the one shown), not a check box.
            delegate: PlainMenuItem {
                id: conferenceItem
                required property string conferenceId
                required property string title
                required property string detail
                required property bool current
                text: title + "  ·  " + detail
                checkable: true
                checked: current
                indicator: Rectangle {
                    x: conferenceItem.mirrored ? conferenceItem.width - width - conferenceItem.rightPadding : conferenceItem.leftPadding
                    y: conferenceItem.topPadding + (conferenceItem.availableHeight - height) / 2
                    width: 14
                    height: 14
                    radius: 7
                    color: conferenceItem.palette.base
                    border.color: conferenceItem.palette.mid
                    Rectangle {
                        anchors.centerIn: parent
                        width: 6
                        height: 6
                        radius: 3
                        color: conferenceItem.palette.text
                        visible: conferenceItem.current
                    }
                }
                Accessible.role: Accessible.RadioButton
                Accessible.checked: current
                Accessible.name: qsTr("Show %1").arg(title)
                onTriggered: {
                    Conferences.switchTo(conferenceId)
                    checked = Qt.binding(() => conferenceItem.current)
                }
            }
            onObjectAdded: (index, object) => menu.insertItem(index, object as MenuItem)
            onObjectRemoved: (index, object) => menu.removeItem(object as MenuItem)
        }
        MenuSeparator {}
        PlainMenuItem {
            objectName: "aboutConferenceItem"
            text: qsTr("About %1…").arg(Agenda.title)
            Accessible.name: qsTr("About %1").arg(Agenda.title)
            onTriggered: button.aboutRequested()
        }
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
