pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// Must see or maybe: the menu of a BookmarkLevelButton, made on its first press.
Menu {
    id: levelMenu

    /** The ▾ button it opens from, whose session and signal its items use. */
    required property BookmarkLevelButton levelButton

    y: levelMenu.levelButton.height

    MenuItem {
        text: qsTr("Must see")
        checkable: true
        checked: levelMenu.levelButton.bookmarked && !levelMenu.levelButton.maybe
        Accessible.name: qsTr("Must see: reminded, leads in a clash")
        Accessible.onPressAction: { levelMenu.levelButton.levelChosen(false); levelMenu.close() }
        onTriggered: levelMenu.levelButton.levelChosen(false)
    }
    MenuItem {
        text: qsTr("Maybe")
        checkable: true
        checked: levelMenu.levelButton.bookmarked && levelMenu.levelButton.maybe
        Accessible.name: qsTr("Maybe: an alternative, not reminded")
        Accessible.onPressAction: { levelMenu.levelButton.levelChosen(true); levelMenu.close() }
        onTriggered: levelMenu.levelButton.levelChosen(true)
    }
}
