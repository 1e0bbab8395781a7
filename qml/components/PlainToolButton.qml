pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// A ToolButton that may show feed text (the conference's title): plain text, no mnemonic, as
// PlainButton explains. Looks as the Fusion style draws a tool button's text. No icon.
ToolButton {
    id: control

    contentItem: Text {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: control.palette.buttonText
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    FocusRing {
        target: control
    }
}
