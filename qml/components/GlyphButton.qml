pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// A small button showing one glyph (the star ★, the bookmark level's ▾). Drawn with two items, a
// tint on hover or press and the glyph, not the style's button panel (a gradient with its stops,
// a frame, an icon label): every list row has two of these, and the first frame shows a dozen
// rows. Its tooltip is the window's shared one, asked for on hover; its focus ring is made only
// where it takes Tab (a list row's buttons never do: the row has the keyboard).
ToolButton {
    id: button

    /** Said on hover: Attend's own words only (the shared tooltip guesses rich text; feed text
        goes through PlainToolTip). */
    property string toolTipText
    /** The glyph's colour: the text colour, or the selection's text on a selected row. */
    property color glyphColor: Theme.text

    background: Rectangle {
        implicitWidth: 28
        implicitHeight: 28
        radius: Theme.radius
        visible: button.down || button.hovered
        color: Theme.pastCardBackground
        border.width: 1
        border.color: Theme.cardBorder
    }

    contentItem: Text {
        text: button.text
        textFormat: Text.PlainText
        font: button.font
        color: button.hovered || button.down ? Theme.text : button.glyphColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    onHoveredChanged: {
        if (button.hovered && button.toolTipText.length > 0)
            ToolTip.show(button.toolTipText)
        else if (!button.hovered)
            ToolTip.hide()
    }

    Component.onCompleted: {
        if (button.activeFocusOnTab)
            focusRing.createObject(button, { target: button })
    }
    Component {
        id: focusRing
        FocusRing {}
    }
}
