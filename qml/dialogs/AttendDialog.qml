pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// The one layout of Attend's dialogs: a bold title in plain text (it may hold a conference's
// title: the style's own header guesses rich text), the body with room around it, and a footer
// of DialogButtons (right-aligned, the primary one filled with the accent). Modal, centred.
Dialog {
    id: dialog

    // Over the whole window, whoever made the dialog (it may be made on first use, in a Loader).
    parent: Overlay.overlay
    modal: true
    anchors.centerIn: parent
    padding: Theme.margin
    topPadding: Theme.spacing

    header: Label {
        text: dialog.title
        textFormat: Text.PlainText
        visible: dialog.title.length > 0
        elide: Text.ElideRight
        font.bold: true
        font.pointSize: dialog.font.pointSize * Theme.headingScale
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        topPadding: Theme.margin
        bottomPadding: Theme.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
