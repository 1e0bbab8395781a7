pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// A Button that may show feed text. The style's own label (IconLabel) guesses rich text from
// markup (a title with <img> would load that image) and takes & as a mnemonic; this one shows
// the text as it came and otherwise looks as the Fusion style draws a button's text. No icon.
Button {
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
