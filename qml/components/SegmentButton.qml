pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// One segment of a segmented control (a Row of these with spacing 0: the day choice, the time
// zone switch). The chosen segment is filled with the accent; the segments share one frame, with
// rounded outer corners only. Text is plain (day names come from the feed's dates, but the same
// rule as PlainButton keeps markup and & as they are). Left and Right move to the next segment.
Button {
    id: segment

    /** The first and last segments of the row get the rounded corners. */
    property bool first: false
    property bool last: false

    padding: Theme.spacing
    leftPadding: Theme.margin * 0.75
    rightPadding: Theme.margin * 0.75
    focusPolicy: Qt.StrongFocus
    z: segment.visualFocus ? 1 : 0 // its ring above the neighbours' frames

    Keys.onLeftPressed: event => segment.moveFocus(segment.mirrored ? 1 : -1, event)
    Keys.onRightPressed: event => segment.moveFocus(segment.mirrored ? -1 : 1, event)

    /** Arrow keys move along the row, as in a radio group; the Tab order stays as it is. */
    function moveFocus(step: int, event: KeyEvent) {
        const row = segment.parent
        if (!row)
            return
        const siblings = []
        for (let i = 0; i < row.children.length; ++i) {
            const child = row.children[i] as SegmentButton
            if (child && child.visible && child.enabled)
                siblings.push(child)
        }
        const next = siblings[siblings.indexOf(segment) + step]
        if (next) {
            next.forceActiveFocus(Qt.TabFocusReason)
            event.accepted = true
        }
    }

    contentItem: Text {
        text: segment.text
        textFormat: Text.PlainText
        font: segment.font
        color: segment.checked ? Theme.selectionText : segment.down ? Theme.badgeText : Theme.text
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Item {
        implicitWidth: 40
        implicitHeight: 30

        // One rounded, framed rectangle per segment, stretched past its inner sides and clipped
        // there: the row reads as one frame with rounded outer corners and square joins.
        Item {
            anchors.fill: parent
            clip: true

            readonly property bool leftOpen: segment.mirrored ? !segment.last : !segment.first
            readonly property bool rightOpen: segment.mirrored ? !segment.first : !segment.last

            Rectangle {
                x: parent.leftOpen ? -Theme.radius : 0
                width: parent.width + (parent.leftOpen ? Theme.radius : 0) + (parent.rightOpen ? Theme.radius : 0)
                height: parent.height
                radius: Theme.radius
                color: segment.checked ? Theme.selectionBackground
                                       : segment.down ? Theme.badgeBackground
                                       : segment.hovered ? Theme.pastCardBackground : Theme.cardBackground
                border.width: 1
                border.color: segment.checked ? Theme.selectionBackground : Theme.cardBorder
            }
            // The join to the segment before: one line, not two.
            Rectangle {
                visible: parent.leftOpen
                width: 1
                height: parent.height
                color: Theme.cardBorder
            }
        }
        FocusRing {
            target: segment
        }
    }
}
