pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// A MenuItem that may show feed text (conference titles): plain text, no mnemonic, as PlainButton
// explains. Keeps the Fusion style's room for the check mark. No icon, no submenu.
MenuItem {
    id: control

    contentItem: Text {
        readonly property real indicatorPadding: control.checkable && control.indicator ? control.indicator.width + control.spacing : 0
        leftPadding: !control.mirrored ? indicatorPadding : 0
        rightPadding: control.mirrored ? indicatorPadding : 0

        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: control.down || control.highlighted ? control.palette.highlightedText : control.palette.text
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
    }

    FocusRing {
        target: control
    }
}
