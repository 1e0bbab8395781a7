pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// An on/off switch of Attend's own look ("Pause reminders", a session's "Remind me"): a 40×22
// track that fills with the accent when on, a knob that slides, the text beside it, and the
// 2-px focus ring around the track when focus came by keyboard. Its frame and knob edge are the
// theme's secondary text colour, so the control reads at 3:1 on the window in every palette.
Switch {
    id: control

    spacing: Theme.spacing
    focusPolicy: Qt.StrongFocus

    indicator: Rectangle {
        implicitWidth: 40
        implicitHeight: 22
        x: control.text.length === 0 ? (control.width - width) / 2
           : control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: (control.height - height) / 2
        radius: height / 2
        color: control.checked ? Theme.selectionBackground : Theme.cardBackground
        border.width: 1
        border.color: control.checked ? Theme.selectionBackground : Theme.secondaryText
        opacity: control.enabled ? 1 : 0.6

        Rectangle {
            width: 16
            height: 16
            radius: 8
            y: 3
            x: control.checked !== control.mirrored ? parent.width - width - 3 : 3
            color: control.checked ? Theme.selectionText : Theme.secondaryText
            Behavior on x {
                NumberAnimation {
                    duration: 100
                }
            }
        }

        // With a gap: right against the filled track it would read as a thicker track.
        FocusRing {
            target: control
            anchors.margins: -4
            radius: parent.radius + 4
        }
    }

    contentItem: Text {
        leftPadding: control.mirrored ? 0 : control.indicator.width + control.spacing
        rightPadding: control.mirrored ? control.indicator.width + control.spacing : 0
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: Theme.text
        opacity: control.enabled ? 1 : 0.6
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
