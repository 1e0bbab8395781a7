pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// The small menu beside the star: must see or maybe. Choosing a level on a session not yet
// bookmarked bookmarks it at that level. Its accessible name, "Bookmark level: <title>", says
// which session it is for; the star keeps its own names.
ToolButton {
    id: button

    required property string sessionTitle
    required property bool bookmarked
    required property bool maybe

    signal levelChosen(bool maybe)

    text: "\u25BE"
    implicitWidth: Math.max(implicitHeight * 0.75, 24)
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Must see or maybe (Shift+Space)")
    Accessible.role: Accessible.ButtonMenu
    Accessible.name: qsTr("Bookmark level: %1").arg(sessionTitle)
    Accessible.description: !bookmarked ? qsTr("Not bookmarked") : maybe ? qsTr("Maybe") : qsTr("Must see")
    Accessible.onPressAction: button.openMenu()
    onClicked: button.openMenu()

    // The menu is made on the first press, not with the button: every row of a list has one, and
    // a Menu with its items is many objects a row would build for nothing.
    property Menu levelMenu: null
    function openMenu() {
        if (!button.levelMenu)
            button.levelMenu = menuComponent.createObject(button) as Menu
        button.levelMenu.open()
    }

    Component {
        id: menuComponent
        Menu {
            id: levelMenu
            y: button.height

            MenuItem {
                text: qsTr("Must see")
                checkable: true
                checked: button.bookmarked && !button.maybe
                Accessible.name: qsTr("Must see: reminded, leads in a clash")
                Accessible.onPressAction: { button.levelChosen(false); levelMenu.close() }
                onTriggered: button.levelChosen(false)
            }
            MenuItem {
                text: qsTr("Maybe")
                checkable: true
                checked: button.bookmarked && button.maybe
                Accessible.name: qsTr("Maybe: an alternative, not reminded")
                Accessible.onPressAction: { button.levelChosen(true); levelMenu.close() }
                onTriggered: button.levelChosen(true)
            }
        }
    }

    // A ring only where the button takes Tab (a session page's); a list row's never has keyboard
    // focus (the row does), so its rows make none: fewer items per row at start-up.
    Component.onCompleted: {
        if (button.activeFocusOnTab)
            focusRing.createObject(button, { target: button })
    }
    Component {
        id: focusRing
        FocusRing {}
    }
}
