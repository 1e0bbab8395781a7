pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// A link that is a control of its own (a session's links, the conference's web page): the link
// colour, underlined under the pointer or the keyboard, the pointing hand, the focus ring, and
// the role of a link for screen readers. Its text may be feed text: shown plain. The page says
// what a click opens (onClicked), so the rules about which addresses open stay where they are.
AbstractButton {
    id: link

    padding: 2
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Link

    contentItem: Text {
        text: link.text
        textFormat: Text.PlainText
        font.family: link.font.family
        font.pointSize: link.font.pointSize
        font.underline: link.hovered || link.visualFocus
        color: Theme.linkText
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }

    background: Item {
        FocusRing {
            target: link
            radius: 2
        }
    }

    HoverHandler {
        cursorShape: Qt.PointingHandCursor
    }
}
