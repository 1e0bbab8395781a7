pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Asks before a conference is removed, and says that its bookmarks are kept.
Dialog {
    id: dialog
    objectName: "removeConferenceDialog"

    property string conferenceId
    property string conferenceTitle

    title: qsTr("Remove “%1”?").arg(dialog.conferenceTitle)
    // The title holds the conference's: the style's own header is an AutoText Label, so this one
    // draws the same header in plain text.
    header: Label {
        text: dialog.title
        textFormat: Text.PlainText
        visible: dialog.title.length > 0
        elide: Text.ElideRight
        font.bold: true
        padding: 6
        background: Rectangle {
            x: 1
            y: 1
            width: parent.width - 2
            height: parent.height - 1
            color: dialog.palette.window
            radius: 2
        }
    }
    modal: true
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 2 * Theme.margin : 480)

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            text: qsTr("Its downloaded agenda is deleted. Your bookmarks in it are kept and come back if you add it again.")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
        }
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item {
            Layout.fillWidth: true
        }
        Button {
            Layout.bottomMargin: Theme.spacing
            text: qsTr("Remove")
            icon.name: "user-trash-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            onClicked: {
                Conferences.remove(dialog.conferenceId)
                dialog.close()
            }
        }
        Button {
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
