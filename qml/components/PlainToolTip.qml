pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// A tooltip that may show feed text (a link's address, a zone name). The attached ToolTip.text
// goes to the style's shared tooltip, whose Text guesses rich text from markup; this one is plain.
ToolTip {
    id: control

    contentItem: Text {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        wrapMode: Text.Wrap
        color: control.palette.toolTipText
    }
}
