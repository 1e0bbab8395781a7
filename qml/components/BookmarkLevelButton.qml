pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// The small menu beside the star: must see or maybe. Choosing a level on a session not yet
// bookmarked bookmarks it at that level. Its accessible name, "Bookmark level: <title>", says
// which session it is for; the star keeps its own names.
GlyphButton {
    id: button

    required property string sessionTitle
    required property bool bookmarked
    required property bool maybe

    signal levelChosen(bool maybe)

    text: "\u25BE"
    implicitWidth: Math.max(implicitHeight * 0.75, 24)
    toolTipText: qsTr("Must see or maybe (Shift+Space)")
    Accessible.role: Accessible.ButtonMenu
    Accessible.name: qsTr("Bookmark level: %1").arg(sessionTitle)
    Accessible.description: !bookmarked ? qsTr("Not bookmarked") : maybe ? qsTr("Maybe") : qsTr("Must see")
    Accessible.onPressAction: button.openMenu()
    onClicked: button.openMenu()

    // The menu is made on the first press, from its own file: every row of a list has this
    // button, and a Menu with its items is many objects a row would build for nothing.
    function openMenu() {
        levelMenu.open()
    }
    LazyPopup {
        id: levelMenu
        file: Qt.resolvedUrl("BookmarkLevelMenu.qml")
        initialProperties: ({ levelButton: button })
    }
}
