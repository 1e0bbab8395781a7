pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// A one-line notice above the content (a feed that failed, a guessed time zone); hidden when empty.
Frame {
    id: banner

    property string text

    visible: text.length > 0
    padding: Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    background: Rectangle {
        color: Qt.rgba(banner.palette.highlight.r, banner.palette.highlight.g, banner.palette.highlight.b, 0.15)
    }

    Label {
        width: banner.availableWidth
        text: banner.text
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
    }
}
