pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// The star that puts a session in "My schedule" or takes it out. Its accessible name says what a
// press will do, and to which session, so screen readers (and AT-SPI scripts) can find it.
GlyphButton {
    id: button

    required property string sessionTitle
    required property bool bookmarked
    /** Bookmarked at the level "maybe": an outlined star ✭ instead of the full one ★. */
    property bool maybe: false
    /** The key that does the same, for the tooltip: Space on a list row, Ctrl+D on a session page. */
    property string shortcutHint: "Space"

    signal toggleRequested()

    text: !bookmarked ? "\u2606" : maybe ? "\u272D" : "\u2605"
    font.pointSize: Theme.bodyPointSize * 1.4
    checkable: false
    toolTipText: !bookmarked ? qsTr("Add to my schedule as must see (%1)").arg(shortcutHint) : maybe ? qsTr("Maybe — remove from my schedule (%1)").arg(shortcutHint) : qsTr("Must see — remove from my schedule (%1)").arg(shortcutHint)
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: bookmarked
    Accessible.description: !bookmarked ? "" : maybe ? qsTr("Bookmarked as maybe") : qsTr("Bookmarked as must see")
    Accessible.name: bookmarked ? qsTr("Remove bookmark: %1").arg(sessionTitle) : qsTr("Bookmark: %1").arg(sessionTitle)
    Accessible.onPressAction: toggleRequested()
    Accessible.onToggleAction: toggleRequested()
    onClicked: toggleRequested()
}
