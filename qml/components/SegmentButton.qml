pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// One segment of a segmented control (a row of joined buttons, one of them chosen): the chosen
// one filled with the accent, the others framed; only the row's outer corners are round.
Button {
    id: control

    /** Where in the row: the outer corners of the first and last are round. */
    property bool first: false
    property bool last: false

    checkable: true
    flat: true
    implicitHeight: 30
    leftPadding: Theme.margin - 4
    rightPadding: Theme.margin - 4
    focusPolicy: Qt.StrongFocus

    contentItem: Text {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: control.checked ? Theme.selectionText : Theme.text
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Item {
        // A rectangle with all corners round, clipped so only the outer ones show.
        clip: true
        readonly property bool leftRound: control.mirrored ? control.last : control.first
        readonly property bool rightRound: control.mirrored ? control.first : control.last
        Rectangle {
            x: parent.leftRound ? 0 : -Theme.radius
            width: parent.width + (parent.leftRound ? 0 : Theme.radius) + (parent.rightRound ? 0 : Theme.radius)
            height: parent.height
            radius: Theme.radius
            color: control.checked ? Theme.selectionBackground
                                   : control.hovered ? Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.08)
                                                     : Theme.cardBackground
            border.width: 1
            border.color: control.checked ? Theme.selectionBackground : Theme.cardBorder
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: 1
            color: "transparent"
            radius: Theme.radius - 1
            border.width: 2
            border.color: Theme.focusRing
            visible: control.visualFocus
        }
    }
}
