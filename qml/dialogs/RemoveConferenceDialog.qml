pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Asks before a conference is removed, and says that its bookmarks are kept.
AttendDialog {
    id: dialog
    objectName: "removeConferenceDialog"

    property string conferenceId
    property string conferenceTitle

    title: qsTr("Remove “%1”?").arg(dialog.conferenceTitle)
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

    footer: DialogButtons {
        ActionButton {
            objectName: "removeConferenceButton"
            primary: true
            text: qsTr("Remove")
            icon.name: "user-trash-symbolic"
            onClicked: {
                Conferences.remove(dialog.conferenceId)
                dialog.close()
            }
        }
        ActionButton {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
