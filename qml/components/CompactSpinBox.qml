pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import Attend

// A number field of Attend's own look for small ranges ("Remind me 10 min before"): − and +
// buttons either side of a field three digits wide, one rounded frame, the focus ring around it
// while it is typed into or was reached by keyboard. Up/Down and the wheel step as in any spin box.
SpinBox {
    id: control

    editable: true
    focusPolicy: Qt.StrongFocus
    leftPadding: control.down.indicator.width
    rightPadding: control.up.indicator.width
    topPadding: 0
    bottomPadding: 0

    validator: IntValidator {
        bottom: Math.min(control.from, control.to)
        top: Math.max(control.from, control.to)
    }

    contentItem: TextInput {
        text: control.displayText
        font: control.font
        color: Theme.text
        selectionColor: Theme.selectionBackground
        selectedTextColor: Theme.selectionText
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !control.editable
        validator: control.validator
        inputMethodHints: Qt.ImhDigitsOnly
        selectByMouse: true
    }

    down.indicator: Rectangle {
        x: control.mirrored ? control.width - width : 0
        implicitWidth: 30
        height: control.height
        radius: Theme.radius
        color: control.down.pressed ? Theme.badgeBackground : control.down.hovered ? Theme.pastCardBackground : "transparent"
        opacity: control.value > control.from ? 1 : 0.4
        IconImage {
            anchors.centerIn: parent
            // Looked up only once shown: a hidden page need not load icons at start-up.
            name: control.visible ? "list-remove-symbolic" : ""
            color: Theme.text
            sourceSize.width: 16
            sourceSize.height: 16
        }
    }

    up.indicator: Rectangle {
        x: control.mirrored ? 0 : control.width - width
        implicitWidth: 30
        height: control.height
        radius: Theme.radius
        color: control.up.pressed ? Theme.badgeBackground : control.up.hovered ? Theme.pastCardBackground : "transparent"
        opacity: control.value < control.to ? 1 : 0.4
        IconImage {
            anchors.centerIn: parent
            name: control.visible ? "list-add-symbolic" : ""
            color: Theme.text
            sourceSize.width: 16
            sourceSize.height: 16
        }
    }

    background: Rectangle {
        implicitWidth: 100
        implicitHeight: 30
        radius: Theme.radius
        color: Theme.cardBackground
        border.width: 1
        border.color: Theme.cardBorder

        // Typing shows the ring too: a field that takes keys shows where they go.
        FocusRing {
            target: control
            visible: control.visualFocus || control.contentItem.activeFocus
        }
    }
}
