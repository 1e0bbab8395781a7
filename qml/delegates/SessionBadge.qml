pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// A word on a session card ("On now · 12 min in", "Moved", "Ended") on its own background, so it
// reads on a selected row too. The card's accessible name says it; the badge is for the eye.
Label {
    id: badge

    /** "now" (the accent), "warning" (moved, clash) or "plain". */
    required property string kind
    /** On the selected row a plain badge's grey is close to the selection: outline it. */
    property bool selected: false

    textFormat: Text.PlainText
    color: kind === "now" ? Theme.nowBadgeText : kind === "warning" ? Theme.warningBadgeText : Theme.badgeText
    font.bold: kind === "now"
    leftPadding: 6
    rightPadding: 6
    topPadding: 1
    bottomPadding: 1
    Accessible.ignored: true

    background: Rectangle {
        radius: Theme.badgeRadius
        color: badge.kind === "now" ? Theme.nowBadgeBackground
             : badge.kind === "warning" ? Theme.warningBadgeBackground : Theme.badgeBackground
        border.width: badge.selected ? 1 : 0
        border.color: Theme.selectionText
    }
}
