pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// Feed text (an abstract) with the web addresses written in it clickable. The markup comes from
// SafeMarkup.linkified, which escapes every character of the text and adds only <a href> and <br>
// (see tests/qml/plain-text-allowlist.txt); only http(s) links are ever opened.
Label {
    id: label

    /** The feed's text, as it is. */
    required property string plainText

    text: SafeMarkup.linkified(plainText)
    textFormat: Text.StyledText
    linkColor: Theme.linkText // contrast-checked on every surface, unlike the palette's
    onLinkActivated: link => {
        if (SafeMarkup.isWebLink(link))
            Qt.openUrlExternally(link)
    }

    HoverHandler {
        cursorShape: label.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
}
