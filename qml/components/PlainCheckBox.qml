pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// A CheckBox that may show feed text (a track or room name): the style's label guesses rich
// text from markup; this one shows the text as it came, laid out as the Fusion style does.
CheckBox {
    id: control

    contentItem: Text {
        leftPadding: control.indicator && !control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.indicator && control.mirrored ? control.indicator.width + control.spacing : 0

        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: control.palette.windowText
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }

    FocusRing {
        target: control
    }
}
