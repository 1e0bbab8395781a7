pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// The conference switcher's menu, made the first time it opens: the conferences the person
// follows, one of many; about this one; add one by its feed's address; remove the one on screen.
Menu {
    id: menu
    objectName: "conferenceMenu"

    /** The button it opens from, and whose signals its items send. */
    required property ConferenceSwitcher switcher

    y: menu.switcher.height
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
        onTriggered: menu.switcher.aboutRequested()
    }
    MenuItem {
        objectName: "addConferenceItem"
        text: qsTr("Add a conference…")
        icon.name: "list-add-symbolic"
        icon.color: palette.windowText // tints symbolic icons for dark palettes
        onTriggered: menu.switcher.addRequested()
    }
    PlainMenuItem {
        enabled: Conferences.refreshable
        text: qsTr("Remove “%1”…").arg(Agenda.title)
        icon.name: "user-trash-symbolic"
        icon.color: palette.windowText // tints symbolic icons for dark palettes
        onTriggered: menu.switcher.removeRequested(Conferences.currentId, Agenda.title)
    }
}
